import AlmanacModel
import Templates

extension SiteRenderer {
    /// A calendar feed per scope, always written so a subscription never breaks.
    func calendarFeedFiles(sharing shared: SharedRenderings) -> [PlannedFile] {
        let site = self.site
        return FeedScope.all(in: site).map { scope in
            PlannedFile(path: CalendarFile.feedPath(scope)) {
                CalendarFeed.feed(scope, in: site, component: shared.calendarComponent).utf8Bytes
            }
        }
    }

    /// The event's own `event.ics`, when a calendar can show the event (its page says why the
    /// others have none). Planned right after the event's page, so both read the event once. An
    /// event the feeds carry shares its `VEVENT` with them; the others' are made and dropped.
    func eventCalendarFile(_ index: Int, _ shared: SharedRenderings) -> PlannedFile? {
        guard site.events[index].calendarPlacement() != nil else { return nil }
        let isInFeeds = site.isInCalendarFeeds(index)
        return PlannedFile(path: CalendarFile.eventPath(site.events[index])) {
            let component = isInFeeds ? shared.calendarComponent(index) : shared.calendar.event(shared.site.event(at: index))
            return component.map { shared.calendar.single($0).utf8Bytes } ?? []
        }
    }
}

import AlmanacModel
import Templates

extension SiteRenderer {
    /// A calendar feed per scope, always written so a subscription never breaks, each followed by
    /// its variants with reminders (`calendar-alarm-15.ics`, `-60`), all made of the same shared
    /// `VEVENT`s. Planned first: one thread then renders the site-wide feeds (the largest files,
    /// 17–19 MB at 100,000 events) one after the other while the others start on the pages, rather
    /// than all three at once at the end, on top of everything else the build holds by then.
    func calendarFiles(sharing shared: SharedRenderings) -> [PlannedFile] {
        let site = self.site
        let variants: [CalendarReminder?] = [nil] + CalendarReminder.all.map(Optional.some)
        return FeedScope.all(in: site).flatMap { scope in
            variants.map { reminder in
                PlannedFile(path: CalendarFile.feedPath(scope, reminder: reminder)) {
                    CalendarFeed.feed(scope, in: site, reminder: reminder, component: shared.calendarComponent).utf8Bytes
                }
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

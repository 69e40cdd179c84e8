import AlmanacModel
import Templates

extension SiteRenderer {
    /// The iCalendar files: a feed per scope, always written so a subscription never breaks, and a
    /// file per event that a calendar can show (the event page says why the others have none).
    func calendarFiles() -> [PlannedFile] {
        let site = self.site
        let feeds = FeedScope.all(in: site).map { scope in
            PlannedFile(path: CalendarFile.feedPath(scope)) { CalendarFeed.feed(scope, in: site).utf8Bytes }
        }
        let events = site.events.indices.compactMap { index -> PlannedFile? in
            guard site.events[index].calendarPlacement() != nil else { return nil }
            return PlannedFile(path: CalendarFile.eventPath(site.events[index])) {
                CalendarFeed.single(site.event(at: index), in: site)?.utf8Bytes ?? []
            }
        }
        return feeds + events
    }
}

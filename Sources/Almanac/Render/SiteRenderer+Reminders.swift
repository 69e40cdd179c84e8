import AlmanacModel
import Templates

extension SiteRenderer {
    /// Beside every calendar feed, its variants with reminders (`calendar-alarm-15.ics`, `-60`),
    /// made of the same shared `VEVENT`s as the plain feeds.
    func calendarReminderFiles(sharing shared: SharedRenderings) -> [PlannedFile] {
        let site = self.site
        return FeedScope.all(in: site).flatMap { scope in
            CalendarReminder.all.map { reminder in
                PlannedFile(path: CalendarFile.feedPath(scope, reminder: reminder)) {
                    CalendarFeed.feed(scope, in: site, reminder: reminder, component: shared.calendarComponent).utf8Bytes
                }
            }
        }
    }
}

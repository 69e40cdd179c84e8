import AlmanacMarkup
import AlmanacModel

/// The properties of a `VCALENDAR` (RFC 5545 §3.7, RFC 7986 §5 and the `X-WR-` names apps read).
enum CalendarHeader {
    /// What every Almanac calendar file says.
    static func common(_ site: Site) -> [ContentLine] {
        [ContentLine("VERSION", "2.0"),
         ContentLine("PRODID", .text("-//Almanac//\(site.config.generator)//EN")),
         ContentLine("CALSCALE", "GREGORIAN"),
         ContentLine("METHOD", "PUBLISH")]
    }

    /// What a subscribed feed adds: its name, what it holds, how often to refresh it, where it comes
    /// from. `URL` is the scope's page (RFC 7986's "more dynamic rendition", which also lists what the
    /// feed leaves out); `SOURCE` is the feed itself.
    static func feed(_ scope: FeedScope, reminder: CalendarReminder? = nil, in site: Site) -> [ContentLine] {
        let description = CalendarWindow.feedDescription(site) + (reminder.map { " " + CalendarWindow.reminderDescription($0) } ?? "")
        let title = scope.title + (reminder.map { " (reminders \($0.leadText) before)" } ?? "")
        var lines = [ContentLine("NAME", .text(title)),
                     ContentLine("X-WR-CALNAME", .text(title)),
                     ContentLine("DESCRIPTION", .text(description)),
                     ContentLine("X-WR-CALDESC", .text(description))]
        if let refresh = ICalendarValue.duration(EventDuration(seconds: Int64(site.config.calendar.refreshSeconds)).icalendarText) {
            lines.append(ContentLine("REFRESH-INTERVAL", [ICalendarParameter("VALUE", "DURATION")], refresh))
            lines.append(ContentLine("X-PUBLISHED-TTL", refresh))
        }
        lines.append(ContentLine("URL", .uri(site.config.baseURL.appending(scope.folder))))
        lines.append(ContentLine("SOURCE", .uri(site.config.baseURL.appending(CalendarFile.feedPath(scope, reminder: reminder)))))
        return lines
    }
}

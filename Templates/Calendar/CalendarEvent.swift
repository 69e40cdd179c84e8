import AlmanacMarkup
import AlmanacModel

/// One event as a `VEVENT` (RFC 5545 §3.6.1, with RFC 7986's `IMAGE` and `CONFERENCE`).
enum CalendarEvent {
    /// The event's component; nil when it cannot be placed on a calendar.
    static func component(_ event: Event, in calendar: CalendarSite) -> ICalendarComponent? {
        let site = calendar.site
        guard let date = event.date,
              let placement = event.calendarPlacement(defaultDuration: site.config.calendar.defaultDuration),
              let timing = timing(placement),
              let stamp = ICalendarValue.utcDateTime((event.lastUpdated ?? date.instant).icalendarDateTime)
        else { return nil }
        var lines = [ContentLine("UID", .text(uid(event, host: calendar.host))), ContentLine("DTSTAMP", stamp)] + timing
        if let updated = event.lastUpdated.flatMap({ ICalendarValue.utcDateTime($0.icalendarDateTime) }) {
            lines.append(ContentLine("LAST-MODIFIED", updated))
        }
        lines.append(ContentLine("SEQUENCE", .integer(CalendarSequence.value(event.lastUpdated))))
        lines.append(calendar.organizer)
        lines += content(event, precision: date.precision, in: site)
        return ICalendarComponent("VEVENT", properties: lines)
    }

    /// `ll2-event-1201@example.org`: the API's id and the site's host, never a position or a name, so
    /// an event keeps its identity when it is renamed or moved, and two sites' copies stay apart.
    static func uid(_ event: Event, host: String) -> String {
        "ll2-event-\(event.id)@\(host)"
    }

    /// The publisher: iTIP's `PUBLISH` (RFC 5546 §3.2.1) wants exactly one `ORGANIZER`. The site has
    /// no mailbox to name, so its address is the site's URL, which `CAL-ADDRESS` (a URI) allows.
    static func organizer(_ site: Site) -> ContentLine {
        ContentLine("ORGANIZER", [ICalendarParameter("CN", site.config.title)], .uri(site.config.baseURL))
    }

    /// `DTSTART` with `DURATION` (timed) or an exclusive `DTEND` date (all day); never both.
    private static func timing(_ placement: CalendarPlacement) -> [ContentLine]? {
        switch placement {
        case .timed(let start, let duration):
            guard let start = ICalendarValue.utcDateTime(start.icalendarDateTime) else { return nil }
            guard let duration else { return [ContentLine("DTSTART", start)] }
            guard let length = ICalendarValue.duration(duration.icalendarText) else { return nil }
            return [ContentLine("DTSTART", start), ContentLine("DURATION", length)]
        case .allDay(let start, let days):
            guard let first = ICalendarValue.date(start.icalendarDate),
                  let end = ICalendarValue.date(start.adding(days: days).icalendarDate) else { return nil }
            return [ContentLine("DTSTART", isDate, first), ContentLine("DTEND", isDate, end)]
        }
    }

    /// What the event is, where, and where to read and watch more. `STATUS` is `CONFIRMED` only for
    /// a time known to the second or minute; an hour ("NET 14:00"), a part of a day, a day or a week is
    /// `TENTATIVE`. `TRANSP:TRANSPARENT` keeps subscribed events from marking the reader busy.
    private static func content(_ event: Event, precision: DatePrecision, in site: Site) -> [ContentLine] {
        let page = site.config.baseURL.appending(PageLocation.event(event).folder)
        var lines = [ContentLine("SUMMARY", .text(event.name)),
                     ContentLine("DESCRIPTION", .text(CalendarEventDescription.text(event, page: page)))]
        if let location = event.location { lines.append(ContentLine("LOCATION", .text(location))) }
        lines.append(ContentLine("URL", .uri(page)))
        lines.append(ContentLine("CATEGORIES", .textList([event.type.name])))
        lines.append(precision == .second || precision == .minute ? confirmed : tentative)
        lines.append(transparent)
        if let image = event.image {
            lines.append(ContentLine("IMAGE", badge, .uri(image.url)))
        }
        for webcast in event.webcasts {
            lines.append(ContentLine("CONFERENCE", video + [ICalendarParameter("LABEL", webcast.label)], .uri(webcast.url)))
        }
        return lines
    }

    // The lines and parameters every event writes alike, made once.
    private static let confirmed = ContentLine("STATUS", "CONFIRMED")
    private static let tentative = ContentLine("STATUS", "TENTATIVE")
    private static let transparent = ContentLine("TRANSP", "TRANSPARENT")
    private static let isDate = [ICalendarParameter("VALUE", "DATE")]
    private static let badge = [ICalendarParameter("VALUE", "URI"), ICalendarParameter("DISPLAY", "BADGE")]
    private static let video = [ICalendarParameter("VALUE", "URI"), ICalendarParameter("FEATURE", "VIDEO")]
}

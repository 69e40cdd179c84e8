import AlmanacMarkup
import AlmanacModel

/// Links that open Google Calendar, which cannot open `webcal:` links or `.ics` files from a page itself.
public enum GoogleCalendarLink {
    static let render = WebURL("https://calendar.google.com/calendar/render")!

    /// Subscribes to a feed: `…/render?cid=webcal%3A%2F%2F…`.
    public static func subscribe(_ feed: WebURL) -> WebURL {
        render.addingQueryItem("cid", feed.webcalString)
    }

    /// Adds one event, with the same times as its `.ics` file; nil when it cannot be placed.
    public static func addEvent(_ event: Event, in site: Site) -> WebURL? {
        guard let placement = event.calendarPlacement(defaultDuration: site.config.calendar.defaultDuration) else { return nil }
        let page = site.config.baseURL.appending(PageLocation.event(event).folder)
        return render.addingQuery([("action", "TEMPLATE"), ("text", event.name), ("dates", dates(placement)),
                                   ("details", "\(event.dateText)\n\n\(page)"), ("location", event.location ?? "")])
    }

    /// `20250626T082823Z/20250626T092823Z`, or `20261205/20261206` for all-day events (end exclusive).
    private static func dates(_ placement: CalendarPlacement) -> String {
        switch placement {
        case .timed(let start, let duration):
            let end = start.adding(seconds: duration?.seconds ?? 0)
            return start.icalendarDateTime + "/" + end.icalendarDateTime
        case .allDay(let start, let days):
            return start.icalendarDate + "/" + start.adding(days: days).icalendarDate
        }
    }
}

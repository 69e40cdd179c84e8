import AlmanacMarkup
import AlmanacModel

/// Links to the iCalendar feeds of a scope and to an event's own `.ics` file.
public enum CalendarLinks {
    /// A `<link rel="alternate">` to the scope's feed, for the `<head>`.
    public static func head(_ scope: FeedScope, from location: PageLocation, in site: Site) -> [HTML] {
        ["<link rel=\"alternate\" type=\"text/calendar\" title=\"\(scope.title) (iCalendar)\" href=\"\(location.link(CalendarFile.feedPath(scope)))\">\n"]
    }

    /// Blocks of links for the "Follow" section of a page showing `scope`: subscribe in a calendar app
    /// (`webcal:`), in Google Calendar, or by the feed's `https:` address; and what the feed holds.
    public static func items(_ scope: FeedScope, from location: PageLocation, in site: Site) -> [HTML] {
        let path = CalendarFile.feedPath(scope)
        let feed = site.config.baseURL.appending(path)
        return ["""
        <div class="subscribe" id="calendar">
        <h3>Calendar</h3>
        <ul>
        <li><a href="\(feed.webcalString)">Subscribe in your calendar app</a> <span class="meta">Apple Calendar, Outlook, Thunderbird…</span></li>
        <li><a href="\(GoogleCalendarLink.subscribe(feed))">Subscribe in Google Calendar</a></li>
        <li><a href="\(location.link(path))" type="text/calendar">Download the iCalendar file</a> \
        <span class="meta">or subscribe by its address:</span> <code class="address">\(feed)</code></li>
        \(reminders(scope, in: site))
        </ul>
        <p class="meta">The calendar holds \(CalendarWindow.span(site.config.calendar)), times in UTC; the pages \
        here list them all. \(CalendarWindow.coarseDates)</p>
        </div>

        """]
    }

    /// The same calendar with reminders, and which apps honour them.
    private static func reminders(_ scope: FeedScope, in site: Site) -> HTML {
        let links = CalendarReminder.all.map { reminder -> HTML in
            let feed = site.config.baseURL.appending(CalendarFile.feedPath(scope, reminder: reminder))
            return "<a href=\"\(feed.webcalString)\">\(reminder.leadText) before</a>"
        }
        return """
        <li>With a reminder before each event: \(links.joined(separator: " · ")) <span class="meta">Apple Calendar, \
        Outlook and Thunderbird ring these reminders; Google Calendar ignores reminders in subscribed calendars, so \
        there subscribe to the plain calendar and set a default notification for it. Events known only to the day \
        or the week have no reminder.</span></li>
        """
    }

    /// "Add to my calendar" links for one event's page, or why there are none.
    public static func event(_ event: Event, from location: PageLocation, in site: Site) -> HTML {
        guard let google = GoogleCalendarLink.addEvent(event, in: site) else {
            return Section.html(id: "calendar", title: "Calendar", "<p>\(unplaceable(event))</p>")
        }
        let file = location.link(CalendarFile.eventPath(event.summary))
        return Section.html(id: "calendar", title: "Add to calendar", """
        <ul class="subscribe">
        <li><a href="\(file)" type="text/calendar">Add to my calendar</a> <span class="meta">an iCalendar file for \
        Apple Calendar, Outlook, Thunderbird…</span></li>
        <li><a href="\(google)">Add to Google Calendar</a></li>
        </ul>
        """)
    }

    private static func unplaceable(_ event: Event) -> String {
        guard let date = event.date else {
            return "This event’s date is not known yet, so it cannot be put on a calendar. "
                + "It will be in the calendar feeds once its day is known."
        }
        return "This event’s date is known only as “\(date.text)”, which a calendar cannot show truthfully, "
            + "so it is not in the calendar feeds yet. It will be once its day is known."
    }
}

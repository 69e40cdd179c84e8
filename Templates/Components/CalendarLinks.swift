import AlmanacMarkup
import AlmanacModel

/// Links to the iCalendar feeds of a scope and to an event's own `.ics` file.
public enum CalendarLinks {
    /// Blocks of links for the "Follow" section of a page showing `scope`.
    public static func items(_ scope: FeedScope, from location: PageLocation, in site: Site) -> [HTML] {
        []
    }

    /// "Add to my calendar" links for one event's page.
    public static func event(_ event: Event, from location: PageLocation, in site: Site) -> HTML {
        ""
    }
}

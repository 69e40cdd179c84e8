import AlmanacMarkup
import AlmanacModel

/// Whole iCalendar files: the feed of a scope, and one event's "add to my calendar" file.
public enum CalendarFeed {
    /// The scope's feed: its events within the calendar window that a calendar can show truthfully.
    public static func feed(_ scope: FeedScope, in site: Site) -> ICalendarComponent {
        let events = site.calendarFeedIndexes(scope.eventIndexes).compactMap { index in
            CalendarEvent.component(site.event(at: index), in: site)
        }
        return ICalendarComponent("VCALENDAR", properties: CalendarHeader.common(site) + CalendarHeader.feed(scope, in: site),
                                  components: events.isEmpty ? [UTCTimeZone.component] : events)
    }

    /// One event, for importing once; nil when the event cannot be placed on a calendar. It has no
    /// calendar name, so apps add the event to a calendar of the reader's choice instead of a new one.
    public static func single(_ event: Event, in site: Site) -> ICalendarComponent? {
        guard let component = CalendarEvent.component(event, in: site) else { return nil }
        return ICalendarComponent("VCALENDAR", properties: CalendarHeader.common(site), components: [component])
    }
}

import AlmanacMarkup
import AlmanacModel

/// Whole iCalendar files: the feed of a scope, and one event's "add to my calendar" file.
public enum CalendarFeed {
    /// The scope's feed: its events within the calendar window that a calendar can show truthfully;
    /// with `reminder`, its timed events carry that reminder. `component` may hand out `VEVENT`s made
    /// for another scope or variant: one depends only on its event.
    public static func feed(_ scope: FeedScope, in site: Site, reminder: CalendarReminder? = nil,
                            component: ((Int) -> ICalendarComponent?)? = nil) -> ICalendarComponent {
        let makeComponent = component ?? { [calendar = CalendarSite(site)] in calendar.event(site.event(at: $0)) }
        let events = site.calendarFeedIndexes(scope.eventIndexes).compactMap { index in
            makeComponent(index).map { reminder?.adding(to: $0, for: site.events[index]) ?? $0 }
        }
        let header = CalendarHeader.feed(scope, reminder: reminder, in: site)
        return ICalendarComponent("VCALENDAR", properties: CalendarHeader.common(site) + header,
                                  components: events.isEmpty ? [UTCTimeZone.component] : events)
    }

    /// One event's `VEVENT`; nil when the event cannot be placed on a calendar.
    public static func event(_ event: Event, in site: Site) -> ICalendarComponent? {
        CalendarSite(site).event(event)
    }

    /// One event, for importing once; nil when the event cannot be placed on a calendar.
    public static func single(_ event: Event, in site: Site) -> ICalendarComponent? {
        let calendar = CalendarSite(site)
        return calendar.event(event).map(calendar.single)
    }
}

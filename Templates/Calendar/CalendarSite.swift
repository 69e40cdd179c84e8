import AlmanacMarkup
import AlmanacModel

/// What the calendar files of a site write alike, made once per site instead of once per event:
/// the host in every `UID`, the `ORGANIZER` line and the header of an event's own file.
public struct CalendarSite: Sendable {
    public let site: Site
    /// The site's host, which every `UID` ends with.
    let host: String
    /// The publisher, the same in every `VEVENT`.
    let organizer: ContentLine
    /// An event's own file without its event.
    private let singleFile: ICalendarComponent

    public init(_ site: Site) {
        self.site = site
        host = site.config.baseURL.host
        organizer = CalendarEvent.organizer(site)
        singleFile = ICalendarComponent("VCALENDAR", properties: CalendarHeader.common(site))
    }

    /// The event's `VEVENT`; nil when the event cannot be placed on a calendar.
    public func event(_ event: Event) -> ICalendarComponent? {
        CalendarEvent.component(event, in: self)
    }

    /// One event's file, for importing once. It has no calendar name, so apps add the event to a
    /// calendar of the reader's choice instead of a new one.
    public func single(_ component: ICalendarComponent) -> ICalendarComponent {
        var file = singleFile
        file.components = [component]
        return file
    }
}

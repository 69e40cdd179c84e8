import AlmanacMarkup
import AlmanacModel

/// A variant of a calendar feed whose timed events each carry a reminder (`VALARM`, RFC 5545
/// §3.6.6) some minutes before they start. Events known only to the day or the week get none: an
/// all-day event's "start" is midnight, so a reminder would ring at the wrong time. Apple Calendar,
/// Outlook and Thunderbird honour a subscription's alarms; Google Calendar ignores them.
public struct CalendarReminder: Sendable, Hashable {
    /// How long before the start the reminder rings.
    public let minutes: Int

    /// The variants written beside every feed.
    public static let all = [CalendarReminder(minutes: 15), CalendarReminder(minutes: 60)]

    /// `calendar-alarm-15.ics`.
    public var fileName: String { "calendar-alarm-\(minutes).ics" }

    /// `15 minutes`, `1 hour`.
    public var leadText: String {
        minutes % 60 == 0 ? (minutes == 60 ? "1 hour" : "\(minutes / 60) hours") : "\(minutes) minutes"
    }

    /// The event's `VEVENT` with this reminder added when the event is timed; as it was otherwise.
    func adding(to component: ICalendarComponent, for event: EventSummary) -> ICalendarComponent {
        guard case .timed = event.calendarPlacement(), let trigger else { return component }
        var component = component
        component.components.append(ICalendarComponent("VALARM", properties: [
            ContentLine("ACTION", "DISPLAY"),
            ContentLine("DESCRIPTION", .text("\(event.name) starts in \(leadText)")),
            ContentLine("TRIGGER", trigger),
        ]))
        return component
    }

    /// `-PT15M`, `-PT1H`: before the start (a `TRIGGER` is relative to `DTSTART` by default).
    private var trigger: ICalendarValue? {
        ICalendarValue.duration(EventDuration(seconds: -Int64(minutes) * 60).icalendarText)
    }
}

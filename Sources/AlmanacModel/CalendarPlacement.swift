/// Where an event goes on a calendar, as truthfully as its date allows.
public enum CalendarPlacement: Sendable, Hashable {
    /// At an instant in UTC, lasting `duration`; nil makes it an instant (RFC 5545 §3.6.1).
    case timed(start: UTCTime, duration: EventDuration?)
    /// All day from `start` for `days` days; the calendar's end date, `start + days`, is exclusive.
    case allDay(start: CivilDate, days: Int)
}

extension EventSummary {
    /// The event's place on a calendar: second, minute and hour precision are timed; morning,
    /// afternoon and day precision fill their day, week precision its seven days. Nil when no day can be
    /// named truthfully (no date, month or coarser) or the year cannot be written in iCalendar.
    /// `defaultDuration` lasts a timed event the API gives no duration; an all-day event ignores
    /// durations, its start time being unknown.
    public func calendarPlacement(defaultDuration: EventDuration? = nil) -> CalendarPlacement? {
        guard let date, (1...9998).contains(date.instant.civilDate.year) else { return nil }
        let day = date.instant.civilDate
        switch date.precision {
        case .second, .minute, .hour:
            let given = duration.flatMap { $0.seconds >= 0 ? $0 : nil }
            return .timed(start: date.instant, duration: given ?? defaultDuration)
        case .morning, .afternoon, .day: return .allDay(start: day, days: 1)
        case .week: return .allDay(start: day, days: 7)
        case .month, .quarter, .half, .year, .fiscalYear, .decade: return nil
        }
    }
}

extension Event {
    /// See `EventSummary.calendarPlacement(defaultDuration:)`.
    public func calendarPlacement(defaultDuration: EventDuration? = nil) -> CalendarPlacement? {
        summary.calendarPlacement(defaultDuration: defaultDuration)
    }
}

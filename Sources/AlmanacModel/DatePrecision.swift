/// How precisely an event's date is known, from the API's `date_precision` id (0–16). A coarse
/// precision comes with a placeholder instant (often the start of the period) that must never be
/// shown as a precise time.
public enum DatePrecision: Sendable, Hashable {
    case second, minute, hour, morning, afternoon, day, week, month
    /// Quarter 1–4.
    case quarter(Int)
    /// Half-year 1–2.
    case half(Int)
    case year, fiscalYear, decade

    /// The precision for an API id. An unknown id is treated as coarse: the month the placeholder
    /// falls in, shown as "NET <month>", which stays true whatever the finer meaning was.
    public init(apiID id: Int) {
        switch id {
        case 0: self = .second
        case 1: self = .minute
        case 2: self = .hour
        case 3: self = .morning
        case 4: self = .afternoon
        case 5: self = .day
        case 6: self = .week
        case 8...11: self = .quarter(id - 7)
        case 12, 13: self = .half(id - 11)
        case 14: self = .year
        case 15: self = .fiscalYear
        case 16: self = .decade
        default: self = .month
        }
    }

    /// The precision when the API gives none (2.2.0 data, older events): a time of exactly
    /// 00:00:00 is a date placeholder (day precision); any other time is taken to the minute.
    public static func unstated(for instant: UTCTime) -> DatePrecision {
        instant.isMidnight ? .day : .minute
    }

    /// True when the instant is meaningful to the second, minute or hour: it may be shown as a time
    /// and converted to the reader's time zone.
    public var isTimed: Bool {
        switch self {
        case .second, .minute, .hour: return true
        default: return false
        }
    }

    /// True for month and coarser: no calendar day can be named.
    public var isCoarserThanWeek: Bool {
        switch self {
        case .month, .quarter, .half, .year, .fiscalYear, .decade: return true
        default: return false
        }
    }
}

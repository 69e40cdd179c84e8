/// An instant in UTC with one-second resolution, parsed and formatted by hand (no `DateFormatter`),
/// so output never depends on the machine's locale or time zone.
public struct UTCTime: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int64

    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    /// The instant at midnight UTC starting `date`.
    public init(_ date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        secondsSince1970 = date.daysSince1970 * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    public static func < (lhs: UTCTime, rhs: UTCTime) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// The instant `seconds` later (earlier when negative).
    public func adding(seconds: Int64) -> UTCTime {
        UTCTime(secondsSince1970: secondsSince1970 + seconds)
    }

    /// The calendar day this instant falls on, in UTC.
    public var civilDate: CivilDate {
        CivilDate(daysSince1970: secondsSince1970.floorDivided(by: 86_400))
    }

    /// Seconds since midnight UTC.
    public var secondOfDay: Int { Int(secondsSince1970.floorModulo(86_400)) }

    public var hour: Int { secondOfDay / 3600 }
    public var minute: Int { secondOfDay / 60 % 60 }
    public var second: Int { secondOfDay % 60 }

    /// True at exactly 00:00:00 UTC.
    public var isMidnight: Bool { secondOfDay == 0 }
}

extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    func floorModulo(_ divisor: Int64) -> Int64 {
        self - floorDivided(by: divisor) * divisor
    }
}

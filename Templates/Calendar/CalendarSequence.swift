import AlmanacModel

/// The `SEQUENCE` of an event, derived from `last_updated` alone so that no state is kept between
/// builds: the seconds from 2020-01-01T00:00:00Z (before Launch Library 2 existed) to `last_updated`.
/// It rises whenever `last_updated` does (the API's resolution is one second), so apps replace their
/// copy when an event moves. Clamped to 0…2,147,483,647 (a 32-bit signed integer, which some apps use):
/// 0 for an event never updated or updated before 2020, the maximum from 2088-01-19.
enum CalendarSequence {
    static let epoch = UTCTime(CivilDate(year: 2020, month: 1, day: 1))

    static func value(_ lastUpdated: UTCTime?) -> Int32 {
        guard let lastUpdated else { return 0 }
        return Int32(clamping: max(0, lastUpdated.secondsSince1970 - epoch.secondsSince1970))
    }
}

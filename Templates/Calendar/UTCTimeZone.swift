import AlmanacMarkup

/// A `VTIMEZONE` for UTC, the zone of every time Almanac writes. RFC 5545 wants at least one component
/// in a calendar, so a feed with no event in its window carries this one: it stays valid and its
/// subscribers see old events go, instead of the feed disappearing and apps keeping stale copies.
enum UTCTimeZone {
    static let component = ICalendarComponent("VTIMEZONE", properties: [ContentLine("TZID", "UTC")], components: [
        ICalendarComponent("STANDARD", properties: [ContentLine("DTSTART", "19700101T000000"),
                                                    ContentLine("TZOFFSETFROM", "+0000"),
                                                    ContentLine("TZOFFSETTO", "+0000"),
                                                    ContentLine("TZNAME", "UTC")]),
    ])
}

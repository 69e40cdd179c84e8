import AlmanacModel

/// What the feeds hold and leave out, in words, for the feeds' description and the pages that offer them.
public enum CalendarWindow {
    /// `every upcoming event and those of the past 90 days`.
    public static func span(_ settings: CalendarSettings) -> String {
        switch settings.pastDays {
        case 0: return "every upcoming event"
        case 1: return "every upcoming event and those of the past day"
        case let days: return "every upcoming event and those of the past \(days) days"
        }
    }

    /// Why some events are missing from the feeds.
    public static let coarseDates = "Events whose date is known only to the month or more coarsely "
        + "(“NET December”, “NET Q3”) are left out until their day is known, because a calendar cannot show them truthfully."

    /// What a feed with reminders adds to its description.
    static func reminderDescription(_ reminder: CalendarReminder) -> String {
        "Each event with a known time carries a reminder \(reminder.leadText) before it starts; "
            + "events known only to the day or the week carry none."
    }

    /// The feeds' `DESCRIPTION`.
    static func feedDescription(_ site: Site) -> String {
        "Spaceflight events from Launch Library 2, published by \(site.config.title) (\(site.config.baseURL)). "
            + "This feed holds \(span(site.config.calendar)); the website lists them all. \(coarseDates) "
            + "Times are in UTC; events known only to the day or the week are all-day events."
    }
}

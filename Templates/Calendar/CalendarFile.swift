import AlmanacModel

/// Where the iCalendar files live in the site.
public enum CalendarFile {
    /// `calendar.ics` in the scope's folder: `calendar.ics`, `types/<slug>/calendar.ics`…; with a
    /// reminder, `calendar-alarm-15.ics` beside it.
    public static func feedPath(_ scope: FeedScope, reminder: CalendarReminder? = nil) -> String {
        scope.folder + (reminder?.fileName ?? "calendar.ics")
    }

    /// `events/<slug>/event.ics`.
    public static func eventPath(_ event: EventSummary) -> String { PageLocation.event(event).folder + "event.ics" }
}

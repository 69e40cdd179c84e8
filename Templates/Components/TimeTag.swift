import AlmanacMarkup
import AlmanacModel

/// `<time>` elements: machine-readable UTC, human-readable as precisely as the date is known.
public enum TimeTag {
    /// An event's date. Timed dates carry `data-local` so the script may add the reader's local time;
    /// coarse dates never do.
    public static func eventDate(_ event: EventSummary) -> HTML {
        guard let date = event.date else { return "<span class=\"date-unknown\">Date not yet known</span>" }
        if date.precision.isTimed {
            return "<time datetime=\"\(date.machineText)\" data-local>\(date.text)</time>"
        }
        return "<time datetime=\"\(date.machineText)\">\(date.text)</time>"
    }

    /// An instant shown to the minute: `26 Jun 2025, 08:28 UTC`; with `local`, the script may add
    /// the reader's local time.
    public static func instant(_ time: UTCTime, local: Bool = false) -> HTML {
        if local { return "<time datetime=\"\(time.iso8601)\" data-local>\(time.dayAndTime)</time>" }
        return "<time datetime=\"\(time.iso8601)\">\(time.dayAndTime)</time>"
    }

    /// A calendar day: `26 Jun 2025`.
    public static func day(_ time: UTCTime) -> HTML {
        "<time datetime=\"\(time.civilDate.iso8601)\">\(time.civilDate.shortText)</time>"
    }
}

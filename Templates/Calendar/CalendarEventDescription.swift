import AlmanacMarkup
import AlmanacModel

/// The plain text of an event's `DESCRIPTION`: when, what, where to watch, and its page.
enum CalendarEventDescription {
    static func text(_ event: Event, page: WebURL) -> String {
        var parts = ["When: \(event.dateText)"]
        if let description = event.description { parts.append(description) }
        if !event.webcasts.isEmpty {
            parts.append((["Watch:"] + event.webcasts.map { "\($0.label): \($0.url)" }).joined(separator: "\n"))
        }
        parts.append("Event page: \(page)")
        return parts.joined(separator: "\n\n")
    }
}

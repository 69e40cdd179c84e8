import AlmanacModel

extension Site {
    /// Every full event, in order (tests only: a real build never holds them all at once).
    var fullEvents: [Event] { allIndexes.map(event(at:)) }
}

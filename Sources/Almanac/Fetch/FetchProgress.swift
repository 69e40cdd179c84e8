/// Writes what a fetch is doing: progress and notes only to a terminal, warnings and the summary
/// always.
struct FetchProgress: Sendable {
    var environment: FetchEnvironment

    func note(_ line: String) {
        if environment.isTerminal { environment.log(line) }
    }

    func warn(_ line: String) {
        environment.log("warning: " + line)
    }

    /// `page 3 of 12 · 300 events · 4 requests`.
    func page(_ number: Int, count: Int?, pageSize: Int, events: Int, requests: Int) {
        let total = count.map { " of \(SummaryLine.grouped(max(number, CacheSync.pages(for: $0, pageSize: pageSize))))" } ?? ""
        note("page \(SummaryLine.grouped(number))\(total) · \(SummaryLine.counted(events, "event")) · \(SummaryLine.counted(requests, "request"))")
    }
}

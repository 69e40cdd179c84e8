import Foundation

/// Reads Launch Library 2 JSON from a file or a folder of `*.json` files (sorted by path, hidden
/// files skipped): API pages, bare arrays of events or stations, or single events.
struct InputReader {
    /// Records decoded at once: enough to keep both cores busy, few enough to bound memory.
    static let window = 4096

    /// The fewest records decoded at once while the scan is still going: two decoders' worth.
    static let smallestWindow = 512

    /// Up to this much input (about 118,000 events like the benchmark's), full events are kept from
    /// decoding, their repeated text and lists shared (100,000 events: peak 369 MiB, against 333 for
    /// reading them again, and a quarter less time); past it none are, and pages read their event
    /// again from the input, so memory stays bounded at any size.
    var keptInputBytes = 600_000_000

    /// Reads and decodes every file under `path`.
    func read(_ path: String) throws -> DecodedInput {
        var input = DecodedInput()
        let sources = try jsonFiles(at: path).map { try InputSource(mapping: $0.path) }
        if sources.reduce(0, { $0 + $1.count }) > keptInputBytes { input.dropDetails() }
        for source in sources { try decode(source, into: &input) }
        return input
    }

    /// Decodes bytes that are already in memory.
    func decode(_ data: Data, name: String, into input: inout DecodedInput) throws {
        try decode(InputSource(name: name, data: data), into: &input)
    }

    /// Decodes one source, a window of records at a time, and keeps it for reading events again.
    func decode(_ source: InputSource, into input: inout DecodedInput) throws {
        let sourceIndex = input.sources.count
        input.sources.append(source)
        if input.sources.reduce(0, { $0 + $1.count }) > keptInputBytes { input.dropDetails() }
        try source.withBytes { bytes in
            let scan = RecordScan(bytes)
            defer { scan.finish() }
            do throws(JSONFailure) {
                while let window = try scan.next(atLeast: InputReader.smallestWindow, atMost: InputReader.window) {
                    collect(RecordDecoder.decode(window[...], in: bytes, keepingDetails: input.keepsDetails), from: source.name, index: sourceIndex, into: &input)
                    source.release(before: window.last!.end)
                    scan.decoded(upTo: window.last!.end)
                }
            } catch {
                throw AlmanacError("\(source.name) is not Launch Library 2 JSON: \(error.message)")
            }
        }
    }

    /// Moves each outcome into `input` (swapped out of the array, so no event is copied).
    private func collect(_ outcomes: consuming [RecordDecoder.Outcome], from name: String, index: Int, into input: inout DecodedInput) {
        for position in outcomes.indices {
            var outcome = RecordDecoder.Outcome.skipped("")
            swap(&outcome, &outcomes[position])
            switch consume outcome {
            case .event(var event, let stations, let warnings):
                event.location.source = index
                event.order = input.events.count
                input.keep(stations: stations, from: event.details!)
                if !input.keepsDetails { event.details = nil }
                input.events.append(event)
                input.warnings += warnings
            case .station(let station):
                input.stations.append(station)
            case .skipped(let warning):
                input.skippedEvents += 1
                input.warnings.append("\(name): \(warning)")
            }
        }
    }

    /// `path` itself, or every `*.json` file below it (sub-folders included, hidden names skipped),
    /// sorted by path so that ties between records resolve the same way every time.
    private func jsonFiles(at path: String) throws -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw AlmanacError("--from \(path): no such file or folder")
        }
        let url = URL(fileURLWithPath: path)
        guard isFolder.boolValue else { return [url] }
        let names = (FileManager.default.subpaths(atPath: path) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .sorted()
        guard !names.isEmpty else { throw AlmanacError("--from \(path): the folder holds no .json file") }
        return names.map { url.appendingPathComponent($0) }
    }
}

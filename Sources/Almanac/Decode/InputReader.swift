import Foundation

/// Everything read from `--from`: the events and station records that decoded, and a warning for
/// each record that did not.
struct DecodedInput: Sendable {
    var events: [SourcedEvent] = []
    var stations: [APIStation] = []
    var warnings: [String] = []
    var skippedEvents = 0
}

/// An event with where it came from, so merging can prefer the newest and name its source.
struct SourcedEvent: Sendable {
    var event: APIEvent
    /// Position in the whole input, for deterministic tie-breaking.
    var order: Int
}

/// Reads Launch Library 2 JSON from a file or a folder of `*.json` files (sorted by path, hidden
/// files skipped): API pages, bare arrays of events or stations, or single events.
struct InputReader {
    /// Reads and decodes every file under `path`.
    func read(_ path: String) throws -> DecodedInput {
        var input = DecodedInput()
        for file in try jsonFiles(at: path) {
            let data: Data
            do {
                data = try Data(contentsOf: file)
            } catch {
                throw AlmanacError("cannot read \(file.path): \(error.oneLine)")
            }
            try decode(data, name: file.path, into: &input)
        }
        return input
    }

    /// Decodes one file's bytes.
    func decode(_ data: Data, name: String, into input: inout DecodedInput) throws {
        let outcomes: [RecordDecoder.Outcome] = try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(JSONFailure) {
                return RecordDecoder.decode(try InputScanner.records(in: bytes), in: bytes)
            } catch {
                throw AlmanacError("\(name) is not Launch Library 2 JSON: \(error.message)")
            }
        }
        for outcome in outcomes {
            switch outcome {
            case .event(let event): input.events.append(SourcedEvent(event: event, order: input.events.count))
            case .station(let station): input.stations.append(station)
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

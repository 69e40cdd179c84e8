import Dispatch
import Foundation
import Glibc

/// The floor: the time to write the same files — same folders, same count, same sizes — and do
/// nothing else, on both cores, into a new folder. Sizes come from the build's manifest.
enum FloorWriter {
    static func measure(copying built: String, into folder: String) throws -> Double {
        let manifest = try String(contentsOfFile: built + "/.almanac/manifest", encoding: .utf8)
        let files: [(path: String, size: Int)] = manifest.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: " ", maxSplits: 2)
            guard fields.count == 3, let size = Int(fields[1]) else { return nil }
            return (String(fields[2]), size)
        }
        let largest = files.map(\.size).max() ?? 0
        let filler = [UInt8](repeating: UInt8(ascii: "x"), count: largest)
        let started = DispatchTime.now().uptimeNanoseconds
        mkdir(folder, 0o755)
        var folders = Set<String>()
        for file in files {
            var parent = Substring(file.path)
            var missing: [Substring] = []
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                if folders.contains(String(parent)) { break }
                missing.append(parent)
            }
            for path in missing.reversed() where folders.insert(String(path)).inserted { mkdir(folder + "/" + path, 0o755) }
        }
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            for index in stride(from: half, to: files.count, by: 2) {
                let fd = open(folder + "/" + files[index].path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                _ = filler.withUnsafeBytes { write(fd, $0.baseAddress, files[index].size) }
                close(fd)
            }
        }
        return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    }
}

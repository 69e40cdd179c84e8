import AlmanacMarkup
import Foundation

/// The static assets in `Public/`, copied verbatim into every site.
enum PublicAssets {
    /// `Public/` of the checkout this binary was built from.
    static let defaultFolder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Public").path
    }()

    /// Every regular, non-hidden file under `folder`, as planned files with their paths inside it.
    static func files(in folder: String) throws -> [PlannedFile] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw AlmanacError("cannot read the static assets in \(folder)")
        }
        var files: [PlannedFile] = []
        while let relative = enumerator.nextObject() as? String {
            let path = folder + "/" + relative
            var isFolder: ObjCBool = false
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw AlmanacError("cannot read \(path)")
            }
            files.append(PlannedFile(path: relative, bytes: ByteBuffer(data)))
        }
        return files.sorted { $0.path < $1.path }
    }
}

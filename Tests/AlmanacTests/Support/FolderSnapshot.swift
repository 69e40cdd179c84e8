import Foundation

/// Every file under a folder with its bytes and modification time, to compare a folder before and
/// after an operation.
struct FolderSnapshot: Equatable {
    var files: [String: Data] = [:]
    var modified: [String: Date] = [:]

    init(_ root: String, includeHidden: Bool = false) {
        let manager = FileManager.default
        for path in manager.subpaths(atPath: root) ?? [] {
            if !includeHidden && path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: root + "/" + path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[path] = manager.contents(atPath: root + "/" + path)
            modified[path] = (try? manager.attributesOfItem(atPath: root + "/" + path))?[.modificationDate] as? Date
        }
    }
}

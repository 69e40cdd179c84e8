import AlmanacModel
import Templates

extension SiteRenderer {
    /// The RSS, Atom and JSON feeds of every scope.
    func newsFeedFiles() -> [PlannedFile] {
        []
    }
}

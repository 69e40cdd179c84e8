import AlmanacModel
import Templates

extension SiteRenderer {
    /// The iCalendar files: a feed per scope and a file per event.
    func calendarFiles() -> [PlannedFile] {
        []
    }
}

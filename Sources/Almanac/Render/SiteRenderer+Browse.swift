import AlmanacMarkup
import AlmanacModel
import Templates

extension SiteRenderer {
    /// The ways to browse and search beyond types and stations: the month calendar, agencies,
    /// programs, and the search page with its index.
    func browseFiles(_ months: EventsByMonth) -> [PlannedFile] {
        let site = self.site
        var files = [page(.calendar) { MonthPage.index(months, site: site) },
                     page(.agencies) { AgencyPages.index(site) },
                     page(.programs) { ProgramPages.index(site) },
                     page(.search) { SearchPage.html(site) },
                     PlannedFile(path: SearchIndex.path) { SearchIndex.utf8Bytes(site) }]
        files += months.ordered.map { month in page(.month(month)) { MonthPage.html(month, in: months, site: site) } }
        files += site.agencies.map { agency in page(.agency(agency.slug)) { AgencyPages.page(agency, in: site) } }
        files += site.programs.map { program in page(.program(program.slug)) { ProgramPages.page(program, in: site) } }
        return files
    }

    /// The sitemap entries of `browseFiles()`' pages.
    func browseSitemapEntries(_ months: EventsByMonth) -> [Sitemap.Entry] {
        var entries = [Sitemap.Entry(folder: PageLocation.calendar.folder, lastModified: nil),
                       Sitemap.Entry(folder: PageLocation.agencies.folder, lastModified: nil),
                       Sitemap.Entry(folder: PageLocation.programs.folder, lastModified: nil)]
        entries += months.ordered.map { Sitemap.Entry(folder: PageLocation.month($0).folder, lastModified: nil) }
        entries += site.agencies.map { Sitemap.Entry(folder: PageLocation.agency($0.slug).folder, lastModified: newest($0.eventIndexes)) }
        entries += site.programs.map { Sitemap.Entry(folder: PageLocation.program($0.slug).folder, lastModified: newest($0.eventIndexes)) }
        return entries
    }
}

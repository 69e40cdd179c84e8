import AlmanacMarkup
import AlmanacModel
import Templates

/// Plans every file of the site: pages, the sitemap, `robots.txt` and the static assets.
struct SiteRenderer {
    var site: Site
    var assets: [PlannedFile]

    func plan() -> [PlannedFile] {
        let site = self.site
        var files: [PlannedFile] = []
        files.reserveCapacity(site.events.count + site.types.count + site.stations.count + 16)
        // Event files capture `shared`, a class holding the site: 100,000 closures then each hold one
        // pointer to it rather than their own copy.
        let shared = SharedRenderings(site: site)
        files += calendarFiles(sharing: shared)
        files.append(page(.home) { HomePage.html(site) })
        files.append(page(.types) { TypePages.index(site) })
        files.append(page(.stations) { StationPages.index(site) })
        files.append(PlannedFile(path: "404.html") { NotFoundPage.html(site).utf8Bytes })
        for index in site.types.indices {
            files.append(page(.type(site.types[index].slug)) { TypePages.page(site.types[index], in: site) })
        }
        for index in site.stations.indices {
            files.append(page(.station(site.stations[index].slug)) { StationPages.page(site.stations[index], in: site) })
        }
        for index in site.events.indices {
            files.append(page(.event(site.events[index])) { shared.eventPage(index) })
            if let calendar = eventCalendarFile(index, shared) { files.append(calendar) }
        }
        let months = EventsByMonth(site)
        for sitemap in Sitemap.files(sitemapEntries() + browseSitemapEntries(months), in: site) {
            files.append(PlannedFile(path: sitemap.path) { sitemap.xml().utf8Bytes })
        }
        files.append(PlannedFile(path: "robots.txt", bytes: ByteBuffer(RobotsFile.text(site).utf8)))
        return files + browseFiles(months) + newsFeedFiles(sharing: shared) + assets
    }

    func page(_ location: PageLocation, _ render: @escaping @Sendable () -> HTML) -> PlannedFile {
        PlannedFile(path: location.filePath) { render().utf8Bytes }
    }

    /// Every page with the newest change among what it shows.
    private func sitemapEntries() -> [Sitemap.Entry] {
        let latest = newest(site.allIndexes)
        var entries = [Sitemap.Entry(folder: "", lastModified: latest),
                       Sitemap.Entry(folder: "types/", lastModified: latest),
                       Sitemap.Entry(folder: "stations/", lastModified: nil)]
        entries += site.types.map { Sitemap.Entry(folder: PageLocation.type($0.slug).folder, lastModified: newest($0.eventIndexes)) }
        entries += site.stations.map { Sitemap.Entry(folder: PageLocation.station($0.slug).folder, lastModified: newest($0.eventIndexes)) }
        entries += site.events.map { Sitemap.Entry(folder: PageLocation.event($0).folder, lastModified: $0.lastUpdated) }
        return entries
    }

    /// The newest `last_updated` among the events at `indexes`.
    func newest(_ indexes: [Int]) -> UTCTime? {
        indexes.compactMap { site.events[$0].lastUpdated }.max()
    }
}

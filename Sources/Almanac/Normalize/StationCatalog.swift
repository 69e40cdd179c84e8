import AlmanacModel
import AlmanacMarkup

/// Space stations from two sources: those embedded in detailed events, enriched by the records of
/// station lists (`/space_stations/`), whose fields win where both have one.
enum StationCatalog {
    static func stations(embedded: [Int: APIStation], listed: [APIStation]) -> [Station] {
        var records = embedded
        for station in listed {
            records[station.id] = records[station.id].map { station.filling(from: $0) } ?? station
        }
        let name = { (record: APIStation) in record.name.cleaned ?? "Station \(record.id)" }
        return SlugAssigner.slugged(records, name: name, preferring: name, fallback: "station")
            .map { station($0.item, slug: $0.slug) }
    }

    private static func station(_ api: APIStation, slug: Slug) -> Station {
        var station = Station(id: StationID(api.id), name: api.name.cleaned ?? "Station \(api.id)", slug: slug)
        station.status = api.status?.name.cleaned
        station.kind = api.type?.name.cleaned
        station.orbit = api.orbit.cleaned
        station.founded = api.founded
        station.deorbited = api.deorbited
        station.description = api.description.cleaned
        station.owners = (api.owners ?? []).compactMap { $0.name.cleaned }
        if let url = (api.image?.imageURL ?? api.imageURL).cleaned.flatMap(WebURL.init) {
            var image = Image(url: url)
            image.credit = api.image?.credit.cleaned
            image.license = api.image?.license?.name.cleaned
            image.licenseURL = api.image?.license?.link.cleaned.flatMap(WebURL.init)
            station.image = image
        }
        return station
    }
}

extension APIStation {
    /// This record, with its missing fields taken from `other`.
    fileprivate func filling(from other: APIStation) -> APIStation {
        var merged = self
        merged.status = status ?? other.status
        merged.type = type ?? other.type
        merged.orbit = orbit ?? other.orbit
        merged.founded = founded ?? other.founded
        merged.deorbited = deorbited ?? other.deorbited
        merged.description = description ?? other.description
        merged.image = image ?? other.image
        merged.imageURL = imageURL ?? other.imageURL
        merged.owners = owners ?? other.owners
        return merged
    }
}

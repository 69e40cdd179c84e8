import AlmanacModel

extension DecodedInput {
    /// Remembers the stations, agencies and programs an event embeds: the first record of each
    /// station; for agencies and programs the first record, completed by later ones.
    mutating func keep(stations: [APIStation], from event: Event) {
        for station in stations where embeddedStations[station.id] == nil {
            embeddedStations[station.id] = station
        }
        for agency in event.agencies {
            agencies[agency.id] = agencies[agency.id].map { $0.filling(from: agency) } ?? agency
        }
        for program in event.programs {
            programs[program.id] = programs[program.id].map { $0.filling(from: program) } ?? program
        }
    }
}

extension Agency {
    /// This record, with its missing fields taken from `other`.
    func filling(from other: Agency) -> Agency {
        var merged = self
        merged.abbreviation = abbreviation ?? other.abbreviation
        merged.kind = kind ?? other.kind
        merged.countryCode = countryCode ?? other.countryCode
        merged.logoURL = logoURL ?? other.logoURL
        merged.description = description ?? other.description
        merged.infoURL = infoURL ?? other.infoURL
        merged.wikiURL = wikiURL ?? other.wikiURL
        return merged
    }
}

extension Program {
    /// This record, with its missing fields taken from `other`.
    func filling(from other: Program) -> Program {
        var merged = self
        merged.kind = kind ?? other.kind
        merged.description = description ?? other.description
        merged.image = image ?? other.image
        merged.infoURL = infoURL ?? other.infoURL
        merged.wikiURL = wikiURL ?? other.wikiURL
        merged.start = start ?? other.start
        merged.end = end ?? other.end
        if agencies.isEmpty { merged.agencies = other.agencies }
        return merged
    }
}

import AlmanacModel

extension DecodedInput {
    /// Remembers the stations, agencies and programs an event embeds: the first record of each
    /// station; for agencies and programs the first record, completed by later ones.
    mutating func keep(stations: [APIStation], from event: EventDetails) {
        for station in stations where embeddedStations[station.id] == nil {
            embeddedStations[station.id] = station
        }
        for agency in event.agencies {
            agencies[agency.id, default: agency].fill(from: agency)
        }
        for program in event.programs {
            programs[program.id, default: program].fill(from: program)
        }
    }
}

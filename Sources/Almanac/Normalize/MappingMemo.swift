/// Agencies and programs mapped before, by id: events repeat them, and mapping one checks every
/// link it holds. A record counts as seen only when it is equal to the one mapped (cheap when both
/// came from the same `JSONMemo` entry, as their strings share storage).
struct MappingMemo<API: Equatable, Model> {
    private var mapped: [Int: (api: API, model: Model, droppedLinks: [String])] = [:]

    /// The model mapped before from a record equal to `api`, else `map(api)`; the links mapping
    /// dropped are added to `droppedLinks` either way.
    mutating func model(for api: API, id: Int, droppedLinks: inout [String],
                        map: (API) -> (model: Model, droppedLinks: [String])) -> Model {
        if let known = mapped[id], known.api == api {
            droppedLinks += known.droppedLinks
            return known.model
        }
        let fresh = map(api)
        mapped[id] = (api, fresh.model, fresh.droppedLinks)
        droppedLinks += fresh.droppedLinks
        return fresh.model
    }
}

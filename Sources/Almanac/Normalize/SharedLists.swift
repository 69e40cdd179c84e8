/// Lists that many events hold alike (the same agencies, the same programs), stored once: a list
/// equal to one seen before is replaced by it. Lists are hashed by their elements' ids only, so
/// only lists with the same ids are compared in full (cheap when their elements came from the same
/// `MappingMemo` entry, as their strings then share storage).
struct SharedLists<Element: Hashable & Identifiable> {
    private var lists: Set<List> = []
    /// False for lists that are not kept (nothing to gain from hashing them): then handed back.
    var isSharing = true

    /// `list`, or an equal list seen before.
    mutating func shared(_ list: [Element]) -> [Element] {
        guard isSharing, !list.isEmpty else { return list }
        return lists.insert(List(elements: list)).memberAfterInsert.elements
    }

    private struct List: Hashable {
        let elements: [Element]

        func hash(into hasher: inout Hasher) {
            for element in elements { hasher.combine(element.id) }
        }

        static func == (a: List, b: List) -> Bool { a.elements == b.elements }
    }
}

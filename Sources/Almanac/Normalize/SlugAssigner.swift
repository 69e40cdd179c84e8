import AlmanacModel

/// Gives every item a unique, path-safe slug: its own slug when that is safe and not already taken
/// by an item with a lower id, otherwise one derived from its name and id.
struct SlugAssigner {
    private var taken: Set<Slug> = []

    /// Slugs for `items`, in the same order. `preferred` is the API's slug, if any.
    static func assign(_ items: [(id: Int, name: String, preferred: String?)]) -> [Slug] {
        var assigner = SlugAssigner()
        let byID = items.indices.sorted { items[$0].id < items[$1].id }
        var slugs = [Slug?](repeating: nil, count: items.count)
        for index in byID {
            guard let preferred = items[index].preferred.flatMap(Slug.init(validating:)),
                  assigner.taken.insert(preferred).inserted else { continue }
            slugs[index] = preferred
        }
        for index in byID where slugs[index] == nil {
            slugs[index] = assigner.derive(id: items[index].id, name: items[index].name)
        }
        return slugs.map { $0! }
    }

    /// Items keyed by id, in id order, each with a unique slug that prefers the one derived from
    /// `text` (`fallback` when nothing is left of it), else one derived from `name` and the id.
    static func slugged<Item>(_ items: [Int: Item], name: (Item) -> String, preferring text: (Item) -> String,
                              fallback: String) -> [(id: Int, item: Item, slug: Slug)] {
        let ids = items.keys.sorted()
        let slugs = assign(ids.map { id in
            (id, name(items[id]!), Slug(deriving: text(items[id]!), fallback: fallback).rawValue)
        })
        return zip(ids, slugs).map { ($0, items[$0]!, $1) }
    }

    private mutating func derive(id: Int, name: String) -> Slug {
        let base = Slug(deriving: name, fallback: "item")
        var slug = base.suffixed(String(id))
        var attempt = 2
        while !taken.insert(slug).inserted {
            slug = base.suffixed("\(id)-\(attempt)")
            attempt += 1
        }
        return slug
    }
}

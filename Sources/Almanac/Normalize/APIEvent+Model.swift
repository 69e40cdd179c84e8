import AlmanacModel

/// What normalizing reads off a decoded event record.
extension APIEvent {
    /// The event's type id; events without a type share the "Other" type.
    var typeID: EventTypeID { EventTypeID(type?.id ?? -1) }

    /// The event's type name as this record gives it.
    var typeName: String { type?.name.cleaned ?? "Other" }

    var displayName: String { name.cleaned ?? "Event \(id)" }

    /// 2 for `detailed`, 1 for `normal` or unknown, 0 for `list`.
    var modeRank: Int {
        switch responseMode {
        case "detailed": return 2
        case "list": return 0
        default: return 1
        }
    }

    func precision(for instant: UTCTime) -> DatePrecision {
        guard let id = datePrecision?.id else { return .unstated(for: instant) }
        return DatePrecision(apiID: id)
    }
}

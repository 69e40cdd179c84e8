/// The nested objects that events repeat, remembered while the records of one document are
/// decoded one after the other (see `JSONMemo`).
struct RepeatedParts {
    var agencies = JSONMemo<APIAgency>()
    var programs = JSONMemo<APIProgram>()
    var stations = JSONMemo<APIStation>()
}

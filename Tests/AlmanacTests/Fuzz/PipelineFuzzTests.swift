@testable import Almanac
import Foundation
import Testing

/// Mutated real fixtures through the whole pipeline — decode, normalize, every page and file — must
/// give either a clear error or a site whose files are all well formed. A crash or trap fails the run.
/// `ALMANAC_FUZZ_ITERATIONS=5000 swift test --filter PipelineFuzzTests` runs longer by hand;
/// `ALMANAC_FUZZ_SEED` picks another sequence.
@Suite("Fuzzing the pipeline with mutated fixtures")
struct PipelineFuzzTests {
    static let seeds = ["ll2/event-1201-2.3.0-detailed.json", "ll2/event-1300-2.2.0.json", "ll2/event-352-2.3.0-detailed.json",
                        "ll2/list-2.3.0-normal-ordering-date-offset310.json", "ll2-real/events-2.3.0-normal-lldev-7.json"]

    @Test("no crash, no hang; a clear error or well-formed output")
    func fuzz() throws {
        let environment = ProcessInfo.processInfo.environment
        let iterations = environment["ALMANAC_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 120
        let seed = environment["ALMANAC_FUZZ_SEED"].flatMap(UInt64.init) ?? 2026
        let documents = try Self.seeds.map { try JSONSerialization.jsonObject(with: Fixtures.data($0)) }
        var mutator = JSONMutator(random: SplitMix64(seed: seed))
        let deadline = Date().addingTimeInterval(environment["ALMANAC_FUZZ_SECONDS"].flatMap(Double.init) ?? 60)
        var sites = 0
        for iteration in 0..<iterations where Date() < deadline {
            let data = mutator.serialize(mutator.mutate(documents[iteration % documents.count]))
            var input = DecodedInput()
            do {
                try InputReader().decode(data, name: "fuzz-\(iteration).json", into: &input)
            } catch let error as AlmanacError {
                #expect(!error.message.contains("\n"), "iteration \(iteration): a multi-line error")
                continue
            }
            #expect(input.warnings.allSatisfy { !$0.contains("\n") }, "iteration \(iteration)")
            let site = TestBuild.normalize(input)
            guard !site.events.isEmpty else { continue }
            OutputChecks.checkAll(RenderedSite(site), context: "seed \(seed) iteration \(iteration)")
            sites += 1
        }
        #expect(sites > 0, "no mutation produced a site: the fuzzer is not exercising rendering")
    }
}

/// glibc's `mallopt` (in `<malloc.h>`, which the Glibc module leaves out).
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32

/// How many heaps glibc's malloc keeps for the threads of a build.
enum MemoryArenas {
    /// Two, one per core, instead of up to eight per core: the events decoded on one thread and
    /// the pages rendered on others left freed memory spread over many heaps, where no other
    /// thread could reuse it. At 100,000 events: peak 398 MiB with the default, 369 with two (and
    /// 360 with one, which made builds 3% slower).
    static func limit() {
        let arenaMax: Int32 = -8  // M_ARENA_MAX
        _ = mallopt(arenaMax, 2)
    }
}

import Foundation

// `swift run -c release almanac-bench [N…] [--runs R] [--data FILE]`: see Benchmark.
exit(Benchmark.main(Array(CommandLine.arguments.dropFirst())))

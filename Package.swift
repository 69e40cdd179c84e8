// swift-tools-version:6.0
import PackageDescription

/// Release builds optimize across modules: templates call the generic `Markup<Language>` of
/// AlmanacMarkup millions of times, and unspecialized generic calls cost several times more.
let optimized: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "Almanac",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "almanac", targets: ["almanac"]),
        .executable(name: "almanac-bench", targets: ["almanac-bench"]),
    ],
    targets: [
        // The only code that sees raw strings: HTML, XML, iCalendar values and safe URLs.
        .target(name: "AlmanacMarkup", swiftSettings: optimized),
        // The view model: plain value types with typed ids, and UTC time arithmetic.
        .target(name: "AlmanacModel", dependencies: ["AlmanacMarkup"], swiftSettings: optimized),
        // Plain-Swift templates: one function or small struct per page or feed.
        .target(name: "Templates", dependencies: ["AlmanacModel", "AlmanacMarkup"], path: "Templates",
                swiftSettings: optimized),
        // The pipeline: Fetch/ → Decode/ → Normalize/ → Render/ → Write/.
        .target(name: "Almanac", dependencies: ["AlmanacModel", "AlmanacMarkup", "Templates"], swiftSettings: optimized),
        // The command: parse arguments, run, map errors to exit codes.
        .executableTarget(name: "almanac", dependencies: ["Almanac"]),
        // The benchmark: `swift run -c release almanac-bench [N…]`.
        .executableTarget(name: "almanac-bench", dependencies: ["Almanac", "AlmanacModel"]),
        .testTarget(name: "AlmanacMarkupTests", dependencies: ["AlmanacMarkup"]),
        .testTarget(name: "AlmanacModelTests", dependencies: ["AlmanacModel"]),
        .testTarget(name: "AlmanacTests", dependencies: ["Almanac", "AlmanacModel", "AlmanacMarkup", "Templates"],
                    exclude: ["Snapshots"]),
    ]
)

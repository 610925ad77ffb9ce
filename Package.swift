// swift-tools-version: 6.1
import PackageDescription

let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "uppdrag",
    products: [
        .executable(name: "uppdrag", targets: ["uppdrag"]),
        .library(name: "Uppdrag", targets: ["Uppdrag"]),
        .executable(name: "uppdrag-rawindex", targets: ["uppdrag-rawindex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        /** libxml2 from the system (Debian: libxml2-dev). */
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        /** C++ shim over libxapian with a plain C API; no C++ exception leaves it. */
        .target(
            name: "CXapian",
            linkerSettings: [.linkedLibrary("xapian")]
        ),
        /** The model (ParsedDocument, Record, …) and pure-Swift extraction of agencies, deadlines, obligations, references. */
        .target(name: "Extraction", swiftSettings: strictSwift),
        /** Bytes → ParsedDocument: encoding detection, libxml2 parsing, site adapters, metadata. */
        .target(name: "Documents", dependencies: ["CLibXML2", "Extraction"], swiftSettings: strictSwift),
        /** Swift API over the Xapian shim: schema, writer, searcher; knows no Record. */
        .target(name: "SearchIndex", dependencies: ["CXapian"], swiftSettings: strictSwift),
        /** The embeddable library: ingest pipeline, record ↔ index mapping, reports, formatters. */
        .target(
            name: "Uppdrag", dependencies: ["Extraction", "Documents", "SearchIndex"], exclude: ["Schemas"],
            swiftSettings: strictSwift),
        /** The command-line tool: argument parsing, terminal output, exit codes. */
        .executableTarget(
            name: "uppdrag",
            dependencies: ["Uppdrag", "Extraction", "SearchIndex", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSwift
        ),
        /** Benchmark baseline: read, parse with libxml2, TermGenerator, write; no extraction (Scripts/bench.sh). */
        .executableTarget(
            name: "uppdrag-rawindex", dependencies: ["CLibXML2", "SearchIndex"], swiftSettings: strictSwift),
        .testTarget(
            name: "ExtractionTests", dependencies: ["Extraction"], exclude: ["Fixtures"], swiftSettings: strictSwift),
        .testTarget(
            name: "DocumentsTests", dependencies: ["Documents", "Extraction"], exclude: ["Fixtures"],
            swiftSettings: strictSwift),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex"], swiftSettings: strictSwift),
        .testTarget(
            name: "UppdragTests", dependencies: ["Uppdrag", "SearchIndex", "Extraction"], exclude: ["Fixtures"], swiftSettings: strictSwift),
        .testTarget(name: "CLITests", dependencies: ["uppdrag"], exclude: ["Golden"], swiftSettings: strictSwift),
    ],
    cxxLanguageStandard: .cxx17
)

// libFuzzer harnesses, only when Scripts/fuzz.sh asks for them, so ordinary builds and CI never see them.
if Context.environment["UPPDRAG_FUZZ"] == "1" {
    package.targets += [
        .executableTarget(
            name: "FuzzDocuments", dependencies: ["Documents", "Extraction", "Uppdrag"], path: "Scripts/Fuzz/Documents",
            swiftSettings: strictSwift),
        .executableTarget(
            name: "FuzzQueries", dependencies: ["Uppdrag", "Extraction"], path: "Scripts/Fuzz/Queries",
            swiftSettings: strictSwift),
    ]
}

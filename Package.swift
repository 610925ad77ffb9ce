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
        /** C helpers to run a child process with resource limits (fork, setrlimit, exec) and an in-memory input file. */
        .target(name: "CSpawn"),
        /** The model (ParsedDocument, Record, …) and pure-Swift extraction of agencies, deadlines, obligations, references. */
        .target(name: "Extraction", swiftSettings: strictSwift),
        /** Bytes → ParsedDocument: encoding detection, libxml2 parsing, site adapters, metadata, PDF through pdftotext. */
        .target(name: "Documents", dependencies: ["CLibXML2", "CSpawn", "Extraction"], swiftSettings: strictSwift),
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
        /** What several test targets share: repository paths, temporary folders, tags. */
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strictSwift),
        .testTarget(
            name: "ExtractionTests", dependencies: ["Extraction", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strictSwift),
        .testTarget(
            name: "DocumentsTests", dependencies: ["Documents", "Extraction", "TestSupport"], exclude: ["Fixtures"],
            swiftSettings: strictSwift),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex"], swiftSettings: strictSwift),
        .testTarget(
            name: "UppdragTests", dependencies: ["Uppdrag", "SearchIndex", "Extraction", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strictSwift),
        .testTarget(name: "CLITests", dependencies: ["uppdrag", "SearchIndex", "TestSupport"], exclude: ["Golden"], swiftSettings: strictSwift),
    ],
    cxxLanguageStandard: .cxx17
)

// The raw-limit program of the ingest benchmark (read, libxml2, TermGenerator, write; no extraction), only when
// Scripts/Benchmarks/bench.sh asks for it, so it is neither built nor shipped otherwise.
if Context.environment["UPPDRAG_BENCHMARKS"] == "1" {
    package.targets += [
        .executableTarget(
            name: "uppdrag-rawindex", dependencies: ["CLibXML2", "SearchIndex"], path: "Scripts/Benchmarks/RawIndex",
            swiftSettings: strictSwift)
    ]
}

// libFuzzer harnesses, only when Scripts/Stress/fuzz.sh asks for them, so ordinary builds and CI never see them.
if Context.environment["UPPDRAG_FUZZ"] == "1" {
    package.targets += [
        .executableTarget(
            name: "FuzzDocuments", dependencies: ["Documents", "Extraction", "Uppdrag"], path: "Scripts/Stress/Fuzz/Documents",
            swiftSettings: strictSwift),
        .executableTarget(
            name: "FuzzQueries", dependencies: ["Uppdrag", "Extraction"], path: "Scripts/Stress/Fuzz/Queries",
            swiftSettings: strictSwift),
    ]
}

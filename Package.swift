// swift-tools-version:6.0
// topics: Chinese news pages and CPPCC proposal archives → structured, topic-tagged data.
//
// Targets read top to bottom in pipeline order. C libraries sit behind plain-C shim targets whose
// headers expose only <stdint.h> types, so no ICU or libxml2 header ever reaches Swift (they clash
// with the ICU inside Foundation): see the README's "Architecture" section.
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "topics",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "topics", targets: ["topics"]),
        .library(name: "ArticleExtraction", targets: ["ArticleExtraction"]),
        .library(name: "DocumentStructure", targets: ["DocumentStructure"]),
        .library(name: "ChineseText", targets: ["ChineseText"]),
        .library(name: "TopicModels", targets: ["TopicModels"]),
        .library(name: "ArchiveIO", targets: ["ArchiveIO"]),
        .library(name: "ArchiveStore", targets: ["ArchiveStore"]),
        .library(name: "PostgresStore", targets: ["PostgresStore"]),
        .library(name: "TopicsPipeline", targets: ["TopicsPipeline"]),
        .library(name: "TopicsServer", targets: ["TopicsServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // C: ICU (encodings, detection, normalisation) behind a plain-C header.
        .target(name: "CICUShim",
                linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        // C: libxml2 flags only (pkg-config), never imported from Swift …
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // … wrapped by a plain-C HTML parser shim.
        .target(name: "CXMLShim", dependencies: ["CLibXML2"]),

        // C: libxlsxwriter behind a plain-C shim (Excel workbooks for offices).
        .target(name: "CXLSXShim", linkerSettings: [.linkedLibrary("xlsxwriter")]),

        // Shared model and contracts: records, errors with stable codes. No C, no Foundation.
        .target(name: "TopicsCore", swiftSettings: swiftSettings),
        // The only Swift importer of CICUShim.
        .target(name: "TopicsICU", dependencies: ["CICUShim"], swiftSettings: swiftSettings),
        // ① HTML bytes → article records (decoding, parsing, boilerplate removal, fields).
        .target(name: "ArticleExtraction", dependencies: ["TopicsCore", "TopicsICU", "CXMLShim"],
                swiftSettings: swiftSettings),
        // Proposals, suggestions and reports: labelled fields, sections, numbered points.
        .target(name: "DocumentStructure", dependencies: ["TopicsCore", "TopicsICU", "ArticleExtraction"], swiftSettings: swiftSettings),
        // ② Chinese text: normalisation with offsets, sentences, word segmentation, keywords.
        .target(name: "ChineseText", dependencies: ["TopicsCore", "TopicsICU"], swiftSettings: swiftSettings),
        // ③ Topic models: text features, the trained linear classifier, evaluation.
        .target(name: "TopicModels", dependencies: ["TopicsCore", "TopicsICU", "ChineseText", .product(name: "Yams", package: "Yams")],
                swiftSettings: swiftSettings),
        // Replies to messages and proposals: relevance, completeness, interpretability, timeliness, per-unit summaries.
        .target(name: "ReplyAnalysis", dependencies: ["TopicsCore", "ChineseText"], swiftSettings: swiftSettings),
        // Reports people read: the agenda as Markdown and self-contained HTML with inline SVG charts.
        .target(name: "Reports", dependencies: ["TopicModels"], swiftSettings: swiftSettings),
        // Reading inputs and writing records: files, folders, globs, stdin; JSONL, CSV; atomic output.
        .target(name: "ArchiveIO", dependencies: ["TopicsCore", "TopicsICU", "CXLSXShim"], swiftSettings: swiftSettings),
        // The SQLite archive store (GRDB): documents, full-text index, tags, clusters.
        .target(name: "ArchiveStore", dependencies: ["TopicsCore", "ArchiveIO", .product(name: "GRDB", package: "GRDB.swift")],
                swiftSettings: swiftSettings),
        // The PostgreSQL archive store (PostgresNIO): the same tables and meaning, for several people at once.
        .target(name: "PostgresStore", dependencies: ["TopicsCore", "ArchiveIO", .product(name: "PostgresNIO", package: "postgres-nio")],
                swiftSettings: swiftSettings),
        // The pipeline: readers per format behind DocumentReader, stores behind DocumentStoring, the
        // shipped data, tagging, the agenda, training. Every command is options → this → write.
        .target(name: "TopicsPipeline",
                dependencies: ["TopicsCore", "ArticleExtraction", "DocumentStructure", "ChineseText", "TopicModels", "Reports",
                               "ReplyAnalysis", "ArchiveIO", "ArchiveStore", "PostgresStore"],
                swiftSettings: swiftSettings),
        // `topics serve`: the office's web workspace (Hummingbird): search, documents, agenda, curation, export.
        .target(name: "TopicsServer",
                dependencies: ["TopicsCore", "TopicsPipeline", "Reports", "ArchiveIO", "ArchiveStore", "TopicModels",
                               .product(name: "Hummingbird", package: "hummingbird")],
                swiftSettings: swiftSettings),
        // The command-line tool: options → pipeline → write.
        .executableTarget(name: "topics",
                          dependencies: ["TopicsCore", "TopicsPipeline", "TopicsServer", "ArticleExtraction", "ChineseText", "TopicModels", "Reports", "ReplyAnalysis", "ArchiveIO",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          swiftSettings: swiftSettings),

        // Fuzz targets (Tests/Fuzz/run.sh builds them with libFuzzer); a normal build is a replay runner.
        .executableTarget(name: "topics-fuzz",
                          dependencies: ["ArticleExtraction", "DocumentStructure", "ChineseText", "TopicModels", "ArchiveIO", "TopicsPipeline"],
                          swiftSettings: swiftSettings),

        .target(name: "TopicsTestSupport", path: "Tests/TopicsTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "TopicsICUTests", dependencies: ["TopicsICU", "TopicsTestSupport"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "ArticleExtractionTests",
                    dependencies: ["ArticleExtraction", "TopicsTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "DocumentStructureTests", dependencies: ["DocumentStructure", "TopicsTestSupport"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "TopicModelsTests", dependencies: ["TopicModels", "Reports", "ChineseText", "TopicsTestSupport"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "ReplyAnalysisTests", dependencies: ["ReplyAnalysis", "ChineseText", "TopicsTestSupport"],
                    swiftSettings: swiftSettings),
        .testTarget(name: "ChineseTextTests", dependencies: ["ChineseText", "TopicsTestSupport"],
                    swiftSettings: swiftSettings),
        // GRDB directly too: a test holds a lock on a store the way another process would.
        .testTarget(name: "ArchiveIOTests", dependencies: ["ArchiveIO", "ArchiveStore", "PostgresStore", "TopicsTestSupport",
                                                           .product(name: "GRDB", package: "GRDB.swift")],
                    swiftSettings: swiftSettings),
        .testTarget(name: "TopicsPipelineTests", dependencies: ["TopicsPipeline", "TopicModels", "Reports", "TopicsTestSupport"], swiftSettings: swiftSettings),
        // Depends on the executable so `swift test` builds the binary it runs.
        .testTarget(name: "TopicsServerTests",
                    dependencies: ["TopicsServer", "TopicsPipeline", "ArchiveStore", "PostgresStore", "TopicsTestSupport",
                                   .product(name: "HummingbirdTesting", package: "hummingbird")],
                    swiftSettings: swiftSettings),
        .testTarget(name: "TopicsCLITests", dependencies: ["topics", "topics-fuzz", "ArchiveStore", "PostgresStore", "TopicsTestSupport"], swiftSettings: swiftSettings),
    ]
)

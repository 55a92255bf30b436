import Foundation
import Testing
import TopicModels
import TopicsCore
import TopicsPipeline
import TopicsTestSupport

/// Issue 22 at the library level: a saved model's file, and a record placed with every field kept.
@Suite("Theme assignment (pipeline)")
struct ThemeAssignmentTests {
    static let texts = ["小区停车难，车位严重不足，希望增加车位", "小区停车难，车位不足，停车收费太贵", "小区车位不足，停车难问题突出",
                        "学校课后服务收费不合理，学生负担重", "学校收费不合理，课后服务收费太高", "学校课后服务收费，老师学生都有意见",
                        "公交线路班次太少，站台等车太久", "公交班次太少，线路不合理", "公交线路少，换乘不便，班次少"]

    static func model() throws -> (ThemeModel, ThemeFinder) {
        let segmenter = try SegmenterConfiguration().makeSegmenter()
        var finder = ThemeFinder(segmenter: segmenter, stopWords: SegmenterConfiguration.shippedStopWords)
        finder.algorithm = .kmeans
        finder.dimensions = 8
        return (try #require(finder.themesAndModel(texts, k: 3).model), finder)
    }

    @Test("A model saved to a file loads back the same; a missing file or another kind of file is an error naming it")
    func modelFile() throws {
        let (model, _) = try Self.model()
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("themes.model").path
        try ThemeModelFile.save(model, to: path)
        #expect(try ThemeModelFile.load(path) == model)
        for bad in [folder.appendingPathComponent("missing.model").path, Fixtures.sample("messages.csv").path] {
            #expect(throws: TopicsError.self) { try ThemeModelFile.load(bad) }
            do { _ = try ThemeModelFile.load(bad) } catch { #expect(error.input == bad && error.code == .badArgument, "\(error)") }
        }
    }

    @Test("A placed record keeps its fields in order and gets the four theme fields once; placed again, they are replaced, not repeated")
    func placedRecord() throws {
        let (model, finder) = try Self.model()
        let assignment = ThemeAssignment(assigner: ThemeAssigner(model: model, segmenter: finder.segmenter, stopWords: finder.stopWords))
        let record = Record([.init("id", .string("q1")), .init("text", .string("公交班次太少，等车太久")), .init("region", .string("A市")),
                             .init("theme", .string("old value"))])
        let placed = assignment.assigned(record)
        #expect(placed.fields.map(\.name) == ["id", "text", "region", "theme", "theme_name", "theme_distance", "far"])
        let theme = try #require({ if case .int(let id)? = placed["theme"] { id } else { nil } }())
        let bus = try #require(model.themes.first { $0.name.contains("公交") || $0.name.contains("班次") || $0.name.contains("线路") })
        #expect(theme == bus.id, "\(model.themes.map(\.name))")
        #expect(assignment.assigned(placed) == placed)   // run twice: replaced, not repeated
        let empty = assignment.assigned(Record([.init("id", .string("e"))]))
        #expect(empty["theme"] == .null && empty["far"] == .bool(true))
    }
}

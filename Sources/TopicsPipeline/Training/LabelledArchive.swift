import Foundation
import TopicsCore

/// Labelled documents from any archive: the text is the document's `fullText` (title and text, as
/// tagging reads it), the label a field or column.
public struct LabelledArchive: Sendable {
    public var ids: [String] = []
    public var texts: [String] = []
    /// Each document's labels: one for single-label data, several for multi-label data.
    public var labels: [[String]] = []

    public var isMultiLabel: Bool { labels.contains { $0.count > 1 } }

    /// `labelField`: the record field or column; `label` and `category` also take the document's
    /// category. `splitLabels`: a cell may list several labels separated by | ; 、 or ,.
    public init(_ archive: Archive, labelField: String, splitLabels: Bool = false, failed: (TopicsError) throws -> Void) throws {
        try archive.forEach { result in
            switch result {
            case .failure(let error): try failed(error)
            case .success(let d):
                var found: [String] = []
                switch d.metadata[labelField] {
                case .string(let l)?: found = [l]
                case .strings(let ls)?: found = ls
                default: if labelField == "label" || labelField == "category", let c = d.category { found = [c] }
                }
                if splitLabels { found = found.flatMap { $0.split(whereSeparator: { "|;；、,，".contains($0) }).map(String.init) } }
                found = found.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if found.isEmpty { return }
                ids.append(d.id)
                texts.append(d.fullText)
                labels.append(found)
            }
        }
    }
}

import Foundation
import TopicModels
import TopicsCore

/// `topics cluster` once the documents are read: themes found by `finder` (or a saved model's
/// themes refitted), each document's taxonomy topics (what names a theme's tags), and the theme
/// model to save with those tags.
public struct ThemeClustering: Sendable {
    public var finder: ThemeFinder
    /// Tags the documents for the themes' tags; nil: themes get none.
    public var tagger: TaxonomyTagger?

    public init(finder: ThemeFinder, tagger: TaxonomyTagger?) {
        self.finder = finder
        self.tagger = tagger
    }

    public struct Result: Sendable {
        public var themes: [Theme]
        /// Topic paths of each document ([] each without a tagger).
        public var tags: [[String]]
        /// The model to save: fitted (when asked for and there were at least 3 documents) or refitted.
        public var model: ThemeModel?
        public var chosenK: Int
        /// The mean silhouette k was chosen by (nil when k was given or refitted).
        public var silhouette: Double?
        public var algorithm: ThemeFinder.Algorithm
        /// Refits only: documents placed in another theme than the saved model placed them in.
        public var changed: Int?
        /// How long the fit or refit took.
        public var seconds = 0.0
    }

    /// Topic paths of each of `texts` ([] without a tagger).
    public func tags(_ texts: [String]) -> [[String]] {
        tagger?.tag(texts).map { $0.map(\.path) } ?? []
    }

    /// Themes of `texts` (`k` of them, else chosen by silhouette); with `keepModel` the model too,
    /// its themes tagged with their documents' dominant topics.
    public func fit(_ texts: [String], k: Int?, keepModel: Bool) -> Result {
        let found = finder.themesAndModel(texts, k: k, keepModel: keepModel)
        let tags = tags(texts)
        return Result(themes: found.themes, tags: tags, model: found.model.map { ThemeModelFile.tagged($0, themes: found.themes, tags: tags) },
                      chosenK: found.chosenK, silhouette: found.silhouette, algorithm: found.algorithm)
    }

    /// `model`'s themes refitted on `texts`, keeping their ids; the refitted model is tagged anew
    /// when there is a tagger, else keeps the tags it had.
    public func refit(_ model: ThemeModel, texts: [String]) -> Result {
        let refitted = finder.update(model, texts: texts)
        let tags = tags(texts)
        return Result(themes: refitted.themes, tags: tags,
                      model: tagger == nil ? refitted.model : ThemeModelFile.tagged(refitted.model, themes: refitted.themes, tags: tags),
                      chosenK: model.themes.count, silhouette: nil, algorithm: model.algorithm, changed: refitted.changed)
    }

    /// `topics cluster` once the documents are read: with `update`, the themes of the model saved
    /// there refitted; else fitted (`k` of them, else chosen by silhouette), the model kept when asked.
    public func run(_ texts: [String], k: Int?, update: String?, keepModel: Bool) throws(TopicsError) -> Result {
        let saved = try update.map { (path) throws(TopicsError) in try ThemeModelFile.load(path) }
        let start = ContinuousClock.now
        var result = saved.map { refit($0, texts: texts) } ?? fit(texts, k: k, keepModel: keepModel)
        result.seconds = (ContinuousClock.now - start) / .seconds(1)
        return result
    }
}

extension ThemeClustering.Result {
    /// Saves the model to `path`; a `badArgument` error when there is none (fewer than 3 documents).
    public func saveModel(to path: String) throws(TopicsError) {
        guard let model else { throw TopicsError(.badArgument, input: path, "no theme model: it needs at least 3 documents") }
        try ThemeModelFile.save(model, to: path)
    }

    /// How k was chosen, when the silhouette chose it: "k = 5 chosen by silhouette (0.123)".
    public var kChoice: String? { silhouette.map { "k = \(chosenK) chosen by silhouette (\(String(format: "%.3f", $0)))" } }

    /// The line `topics cluster` ends with, for `documents` clustered: how many themes and how long,
    /// or for a refit of the model saved at `updated` how many documents changed theme and where the
    /// model went (`savedTo`, else back to `updated`).
    public func summary(documents: Int, updated: String?, savedTo: String?) -> String {
        let time = "(\(algorithm.rawValue)) in \(String(format: "%.1f", seconds)) s"
        guard let updated, let changed else { return "\(documents) documents → \(themes.count) themes \(time)" }
        let share = documents == 0 ? 0 : 100 * Double(changed) / Double(documents)
        return "\(documents) documents refitted on the \(chosenK) themes of \(updated) \(time); \(changed) (\(String(format: "%.1f", share))%) "
            + "changed theme from where the saved model placed them → \(savedTo ?? updated)"
    }
}

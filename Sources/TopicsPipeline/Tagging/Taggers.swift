import Foundation
import ChineseText
import TopicModels
import TopicsCore

/// The taggers a run uses: a trained model decides, the taxonomy explains (its evidence for a topic
/// of the same name) and adds its own topics.
public struct Taggers: Sendable {
    public let taxonomy: TaxonomyTagger?
    public let classifier: TopicClassifier?
    /// Model topics beyond the first are kept from this probability on (single-label models).
    public let threshold: Double

    public init(taxonomy: TaxonomyTagger?, classifier: TopicClassifier?, threshold: Double) {
        self.taxonomy = taxonomy; self.classifier = classifier; self.threshold = threshold
    }

    /// Taggers from files: a taxonomy (the shipped one when neither it nor a model is named) and a
    /// classifier written by `topics train`. Files that cannot be read are `badArgument` errors.
    public static func load(taxonomy: String?, model: String?, threshold: Double,
                            segmenter: @autoclosure () throws(TopicsError) -> WordSegmenter) throws(TopicsError) -> Taggers {
        let segmenter = try segmenter()
        let taxonomyTagger = try TaxonomyFile.tagger(taxonomy, shipped: model == nil, threshold: threshold, segmenter: segmenter)
        var classifier: TopicClassifier? = nil
        if let model {
            guard let bytes = FileManager.default.contents(atPath: model) else { throw TopicsError(.badArgument, input: model, "cannot read the model") }
            do {
                classifier = try TopicClassifier(bytes: [UInt8](bytes), segmenter: segmenter,
                                                 stopWords: SegmenterConfiguration.shippedStopWords)
            } catch { throw TopicsError(.badArgument, input: model, "\(error)") }
        }
        guard taxonomyTagger != nil || classifier != nil else {
            throw TopicsError(.badArgument, "no taxonomy found (taxonomy.yaml among the shipped data) and no model given")
        }
        return Taggers(taxonomy: taxonomyTagger, classifier: classifier, threshold: threshold)
    }

    /// The tags of one text (a document's `fullText`).
    public func tag(_ text: String) -> [DocumentTag] {
        combined(text, fromTaxonomy: taxonomy?.tag(text) ?? [])
    }

    /// The tags of a document analysed once (`DocumentAnalyzer` with `withBoundaries`, the same
    /// segmenter as the taxonomy's): `tag(document.fullText)`, without normalising or segmenting again.
    public func tag(_ analyzed: AnalyzedDocument) -> [DocumentTag] {
        combined(analyzed.text, fromTaxonomy: taxonomy?.tag(analyzed.text, normalized: analyzed.normalized, boundaries: analyzed.boundaries) ?? [])
    }

    /// The model's topics (explained by the taxonomy's evidence where it has some), then the taxonomy's own.
    private func combined(_ text: String, fromTaxonomy: [TopicTag]) -> [DocumentTag] {
        var tags: [DocumentTag] = []
        if let classifier {
            let ranked = classifier.multiLabel ? classifier.labels(text) : classifier.classify(text)
            for (k, r) in ranked.enumerated() where k == 0 || classifier.multiLabel || r.probability >= threshold {
                let explained = fromTaxonomy.first { $0.path == r.label || $0.path.hasSuffix("/" + r.label) }
                tags.append(DocumentTag(topic: r.label, id: explained?.topicID, score: (r.probability * 1000).rounded() / 1000,
                                        method: .model, evidence: explained?.documentEvidence ?? []))
            }
        }
        for t in fromTaxonomy where !tags.contains(where: { $0.topic == t.path || $0.id == t.topicID }) {
            tags.append(t.documentTag)
        }
        return tags
    }
}

extension TopicTag {
    /// The taxonomy tagger's result as the one tag type.
    public var documentTag: DocumentTag {
        DocumentTag(topic: path, id: topicID, score: score, method: .taxonomy, evidence: documentEvidence)
    }

    var documentEvidence: [DocumentTag.Evidence] {
        evidence.map { DocumentTag.Evidence(term: $0.term, start: $0.start, end: $0.end, sentence: $0.sentence) }
    }
}

import Foundation
import TopicModels
import TopicsCore

extension ClassifierTraining {
    /// The report `topics train` prints before training: K-fold cross-validation when `folds` is
    /// given, else an evaluation on a held-out share (`holdout`; 0: none); nil when neither is asked.
    public func evaluation(_ data: LabelledArchive, folds: Int?, holdout: Double) -> String? {
        if let folds {
            let start = ContinuousClock.now
            let report = crossValidate(data, folds: folds)
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            return "\(folds)-fold cross-validation (\(String(format: "%.1f", seconds)) s for \(folds) trainings):\n" + report.table
        }
        guard holdout > 0 else { return nil }
        let (report, heldOut) = holdOut(data, share: holdout)
        return "held-out evaluation (\(heldOut) of \(data.texts.count) documents; model trained on the rest):\n" + report.table
    }

    /// The final model, trained on every document, and the seconds that took.
    public func train(_ data: LabelledArchive) -> (classifier: TopicClassifier, seconds: Double) {
        let start = ContinuousClock.now
        let classifier = train(data.texts, data.labels)
        return (classifier, (ContinuousClock.now - start) / .seconds(1))
    }
}

extension LabelledArchive {
    /// The different labels; fewer than two is a `noContent` error naming `input`: there is
    /// nothing to tell apart.
    public func distinctLabels(input: String, field: String) throws(TopicsError) -> Set<String> {
        let distinct = Set(labels.flatMap { $0 })
        guard distinct.count >= 2 else {
            throw TopicsError(.noContent, input: input, "need documents with at least two different labels in \(field)")
        }
        return distinct
    }
}

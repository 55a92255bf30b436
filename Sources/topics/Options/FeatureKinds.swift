import ArgumentParser
import Foundation
import TopicModels

/// `--features words,chars,pairs`, shared by train and cluster.
enum FeatureKinds {
    static func parse(_ list: String) throws -> TextFeatures.Kinds {
        var kinds: TextFeatures.Kinds = []
        for name in list.split(separator: ",") {
            switch name.trimmingCharacters(in: .whitespaces) {
            case "words": kinds.insert(.words)
            case "pairs": kinds.insert(.wordPairs)
            case "chars": kinds.insert(.characters)
            default: throw ValidationError("unknown feature kind \(name): use words, pairs, chars")
            }
        }
        if kinds.isEmpty { throw ValidationError("name at least one feature kind: words, pairs, chars") }
        return kinds
    }
}

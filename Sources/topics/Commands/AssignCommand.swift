import ArgumentParser
import TopicModels
import TopicsPipeline

/// `topics assign`: documents placed in the themes of a saved model, streaming.
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Place documents in the themes of a model saved by `topics cluster --save-model` (streaming JSON Lines).",
        discussion: """
            Reads JSON Lines records (files, or - / no input for standard input) and writes each record back, one line per input line in \
            input order, every field kept, with theme (the theme's id), theme_name, theme_distance (1 − cosine to the theme's centre in \
            the model's space) and far: true when the document is beyond every theme's far threshold (the 95th percentile of the distances \
            of the theme's own documents when it was fitted), a candidate for a theme the model does not have. A record without text or \
            title gets theme null. Blank lines are skipped; a line that is not a JSON object is reported (input:line, and with --errors as \
            an error record), writes nothing, and makes the exit status 1.

            Each record is placed using only the model and that record, so splitting a stream into parts and joining their outputs gives \
            the same output. Memory stays flat: records are read, placed on all cores and written a batch at a time.

            Examples:
              topics cluster messages.jsonl --save-model themes.model -o themes.jsonl
              topics assign --model themes.model new.jsonl -o placed.jsonl
              cat new.jsonl | topics assign --model themes.model - > placed.jsonl
            """)

    @Argument(help: "JSON Lines files, or - for standard input (the default when standard input is not a terminal).") var inputs: [String] = []
    @Option(help: "A theme model written by `topics cluster --save-model`.") var model: String
    @OptionGroup(title: "Output (jsonl: each input record with theme, theme_name, theme_distance and far added)") var output: OutputOptions
    @OptionGroup var errors: ErrorLogOptions
    @OptionGroup var segmenterOptions: SegmenterOptions
    @OptionGroup var runOptions: RunOptions

    func validate() throws {
        try output.checkStream(inputs: inputs, stage: "assign")
    }

    func run() throws {
        let assignment = ThemeAssignment(assigner: ThemeAssigner(
            model: try ThemeModelFile.load(model), segmenter: try segmenterOptions.makeSegmenter(),
            stopWords: SegmenterConfiguration.shippedStopWords))
        try RecordPipeline(label: "assign", output: output, errors: errors, run: runOptions)
            .stream(inputArguments: inputs) { (record: Record) throws(TopicsError) -> Record in assignment.assigned(record) }
    }
}

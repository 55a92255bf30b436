// The types of this library's interface (Document, Record, TopicsError, RecordFormat, RecordSink …)
// come with it: a client (the CLI) imports TopicsPipeline, not the modules beneath it as well.
@_exported import ArchiveIO
@_exported import TopicsCore

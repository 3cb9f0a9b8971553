import ArgumentParser
import CorpusModel
import Foundation

/// `crq shard CORPUS --parts N --out DIR`: cuts a folder corpus into shards for `crq worker`.
struct Shard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Cut a folder corpus into shards balanced by bytes, for running statements on a cluster.",
        discussion: """
        Shard k (DIR/part-0000k) holds a contiguous run of the corpus's documents in corpus order, with \
        their files and metadata rows as they are, so concatenating results in shard order gives corpus \
        order and every id is the same as in the whole corpus. Each shard is a corpus crq opens on its own.
        """)

    @Argument(help: "A corpus folder of text files (with an optional metadata.tsv or .csv).")
    var corpus: String

    @Option(help: "How many shards.")
    var parts: Int

    @Option(help: "The folder to write (must not exist).")
    var out: String

    func run() throws {
        Output.ignoreBrokenPipe()
        do {
            for shard in try CorpusSharder.shard(corpus, parts: parts, into: out) {
                Output.write("\(shard.path)\t\(shard.documents) documents\t\(shard.bytes) bytes\n")
            }
        } catch {
            Output.error(error)
            throw ExitCode(66)
        }
    }
}

import Annotation
import ArgumentParser
import CorpusModel
import Foundation
import Shell
import TextAnalysis

/// `crq index CORPUS`: builds the corpus's snapshot ahead of use (or says it is current).
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a corpus's snapshot now, so that opening it later is immediate.",
        discussion: """
        The snapshot is written beside the corpus (FOLDER/.crq-snapshot, or .FILE.crq-snapshot beside a \
        file), or under $XDG_CACHE_HOME/crq (default ~/.cache/crq) when that folder is read-only. It is \
        current while every source file keeps its size and modification time; --verify also compares \
        their content with the hashes the snapshot recorded. The corpus's annotations (quotations, \
        speakers, entities, figures) are extracted too and kept beside the snapshot \
        (.crq-snapshot-annotations-BUILD, one per build of crq), so the first statement that needs them is immediate; \
        --no-annotations leaves that to the first such statement.
        """)

    @Argument(help: "A corpus folder or .jsonl file.")
    var corpus: String

    @Flag(help: "Also compare the content of every file with the snapshot, and rebuild it if any differs.")
    var verify = false

    @Flag(inversion: .prefixedNo, help: "Also extract the annotations and keep them beside the snapshot.")
    var annotations = true

    func run() throws {
        Interrupts.install()
        let started = Date()
        let line = ProgressLine.forTerminal()
        let (loader, store) = Launcher.loaders(progress: line, placement: Launcher.placement(corpus), verify: verify)
        let built: SnapshotStore.Built
        line?.opening(corpus)
        do {
            built = try store.index(corpus, loader: loader)
        } catch {
            line?.report(.finished)
            if Interrupts.cancellationCheck() { throw Self.cancelled() }
            Output.error(error)
            throw ExitCode(66)
        }
        guard !built.path.isEmpty else {   // the store said why it could not write (or was stopped writing)
            line?.report(.finished)
            throw Interrupts.cancellationCheck() ? Self.cancelled() : ExitCode(1)
        }
        var kept = ""
        if annotations {
            let documents = built.corpus.documents.count
            let found = built.corpus.annotations(unlessStopped: Interrupts.cancellationCheck, progress: { done in
                line?.report(Annotations.progress(done, of: documents))
            })
            line?.report(.finished)
            guard let found else { throw Self.cancelled() }
            if let companion = built.corpus.companion, FileManager.default.fileExists(atPath: companion.path) {
                kept = "; \(companion.path) (\(found.quotes.count.grouped) quotations, \(found.figures.count.grouped) figures, "
                    + "\(found.entities.count.grouped) entities)"
            }
        }
        line?.report(.finished)
        let what = built.written ? "wrote" : "current:"
        Output.write(String(format: "%@ %@ (%@, %.1f s)%@\n", what, built.path, Summary.line(built.corpus), Date().timeIntervalSince(started), kept))
    }

    /// Says that Ctrl-C stopped the load or the extraction, as the shell says it; the exit status is SIGINT's.
    /// What was written before stays (the snapshot, written whole, is current).
    private static func cancelled() -> ExitCode {
        Output.error("crq index: cancelled (Ctrl-C)\n")
        return ExitCode(130)
    }
}

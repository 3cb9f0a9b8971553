@testable import Annotation
@testable import CorpusModel
import Foundation
@testable import QueryLanguage
@testable import Rendering
@testable import Shell
import Testing
@testable import TextAnalysis
@testable import crq
#if canImport(Glibc)
import Glibc
#endif

/// In-process tests of the pieces that need no terminal. They swap process-wide state (fd 0,
/// signal handlers), so they run one at a time and restore it.
@Suite(.serialized)
struct TerminalLayerTests {
    @Test func plainLineSourceReadsAPipe() throws {
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        let savedStdin = dup(STDIN_FILENO)
        dup2(fds[0], STDIN_FILENO)
        close(fds[0])
        defer { dup2(savedStdin, STDIN_FILENO); close(savedStdin) }
        let text = "first\nsecond\r\n\nlast without newline"
        _ = text.withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])

        let source = PlainLineSource()
        var reads: [LineRead] = []
        for _ in 0..<5 { reads.append(source.readLine(prompt: "seeds> ")) }
        #expect(reads == [.line("first"), .line("second"), .line(""), .line("last without newline"), .end])
    }

    @Test func historyPathFollowsTheEnvironment() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("crq-state-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        #expect(EditLineSource.defaultHistoryPath(environment: ["CRQ_HISTORY": "/x/h", "XDG_STATE_HOME": state.path]) == "/x/h")
        let xdg = EditLineSource.defaultHistoryPath(environment: ["CRQ_HISTORY": "", "XDG_STATE_HOME": state.path, "HOME": "/home/u"])
        #expect(xdg == state.appendingPathComponent("crq/history").path)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: state.appendingPathComponent("crq").path, isDirectory: &isFolder) && isFolder.boolValue)
        #expect(EditLineSource.defaultHistoryPath(environment: ["HOME": "/home/u"]) == "/home/u/.crq_history")
    }

    @Test func sigintSetsTheFlagUntilTaken() throws {
        var savedInt = sigaction(), savedPipe = sigaction()
        sigaction(SIGINT, nil, &savedInt)
        sigaction(SIGPIPE, nil, &savedPipe)
        var unblock = sigset_t(), savedMask = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblock, &savedMask)
        defer {
            sigaction(SIGINT, &savedInt, nil)
            sigaction(SIGPIPE, &savedPipe, nil)
            pthread_sigmask(SIG_SETMASK, &savedMask, nil)
        }

        Interrupts.install()
        _ = Interrupts.takeInterrupt()
        #expect(!Interrupts.cancellationCheck())
        raise(SIGINT)  // delivered to this thread before raise returns
        #expect(Interrupts.cancellationCheck())
        #expect(Interrupts.cancellationCheck(), "polling does not clear the flag")
        #expect(Interrupts.takeInterrupt())
        #expect(!Interrupts.takeInterrupt())
        #expect(!Interrupts.cancellationCheck())

        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        close(fds[0])
        let written = write(fds[1], "x", 1)
        let error = errno
        close(fds[1])
        #expect(written == -1 && error == EPIPE, "SIGPIPE is ignored, so the write fails instead")
    }

    /// Candidates are listed in columns down the page; past a few hundred (every document id of a large
    /// corpus), how many there are, not a screenful scrolling past.
    @Test func tabListsCandidatesInColumnsOrSaysHowMany() {
        #expect(EditLineSource.listing(["=", "!=", "<", "in", "~"], width: 12) == "=   <   ~\n!=  in\n")
        let ids = (0..<12_345).map { String(format: "doc%07d", $0) }
        #expect(EditLineSource.listing(ids, width: 120) == "(12,345 possibilities: type a few more letters, then Tab)\n")
        #expect(EditLineSource.listing(Array(ids.prefix(EditLineSource.listedCandidates)), width: 120).split(separator: "\n").count == 20)
        // Paths are listed by their last part, as shells list them.
        #expect(["/work/corpora/gen-10k/", "/work/corpora/notes.md", "rest", "~/a\""].map(EditLineSource.lastPart) == ["gen-10k/", "notes.md", "rest", "a\""])
    }

    /// What the shell's completer offers on the seeds; the terminal tests check what Tab does with it.
    @Test func completerOffersWordsOfTheSeeds() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        let session = Session(corpus: try CorpusLoader().load(seeds), write: { _ in }, report: { _ in })
        let completer = SessionCompleter(session: session)
        #expect(completer.completions(linePrefix: ".mo") == [".mode"])
        #expect(completer.completions(linePrefix: "sentences | filt") == ["filter"])
        #expect(completer.completions(linePrefix: "sent").contains("sentences"))
        // Inside quotes the word starts after the quote; the candidate closes it.
        #expect(completer.completions(linePrefix: #"docs | filter source = "Brus"#) == [#"Brussels Morning""#])
        #expect(completer.completions(linePrefix: #"docs | filter "ica"#) == [#"ICARO Media Group""#])
        // A unit at the start, a verb after '|', fields inside a stage.
        #expect(completer.completions(linePrefix: "sent") == ["sentences"])
        // Speakers complete from any word of their name.
        #expect(completer.completions(linePrefix: #"quote by "Dujar"#) == [#"Stéphane Dujarric""#])
        #expect(completer.completions(linePrefix: "sentences | s") == ["save", "show", "sort"])
        // Fields of the unit piped in: sentences have a source, not the sources of a speaker.
        #expect(completer.completions(linePrefix: "sentences | group by sou") == ["source"])
        // Rows `quote` makes are quotes, as for the parser's default aspect of `compare by`.
        #expect(completer.completions(linePrefix: "speakers | filter vari") == ["variants"])
        #expect(completer.completions(linePrefix: #"quote by "Dujarric" | filter vari"#).isEmpty)
        #expect(completer.completions(linePrefix: "sentences | quote | sort by date | filter vari").isEmpty)
        #expect(completer.completions(linePrefix: ".show 00") == ["000", "001", "002", "003", "004"])
    }

}

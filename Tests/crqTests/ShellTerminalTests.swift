import Foundation
import Testing

/// The built `crq` executable and a scratch folder per test.
struct ShellFixture {
    /// The products folder holds both the test bundle and `crq`; `CRQ_BINARY` overrides.
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["CRQ_BINARY"] { return path }
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if !FileManager.default.fileExists(atPath: folder.path) { folder = Bundle.main.bundleURL }
        for _ in 0..<5 {
            folder.deleteLastPathComponent()
            let candidate = folder.appendingPathComponent("crq").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "crq-not-found-next-to-the-test-bundle"
    }()

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("crq-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var historyPath: String { folder.appendingPathComponent("history").path }

    /// A small fixed environment: nothing of the developer's (history, NO_COLOR…) leaks in.
    var environment: [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": folder.path, "TERM": "xterm", "LANG": "C.UTF-8",
         "CRQ_HISTORY": historyPath]
    }

    /// Starts `crq` on a pseudo-terminal.
    func startShell(arguments: [String] = []) throws -> PseudoTerminal {
        try PseudoTerminal(executable: Self.binary, arguments: arguments, environment: environment)
    }

    /// Runs `crq` with `input` on a pipe as standard input; returns its exit status and standard
    /// output. Fails after `timeout` (output goes to a file so a hung child cannot block reading).
    func runPiped(arguments: [String] = [], input: String, timeout: Duration = .seconds(5)) throws -> (Int32, String) {
        let outputURL = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL)
        defer { try? output.close(); try? FileManager.default.removeItem(at: outputURL) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.environment = environment
        let pipe = Pipe()
        process.standardInput = pipe
        process.standardOutput = output
        try process.run()
        pipe.fileHandleForWriting.write(Data(input.utf8))
        try pipe.fileHandleForWriting.close()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                process.terminate()
                throw PseudoTerminal.Failure.timeout(waitingFor: "crq to exit", transcript: "")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return (process.terminationStatus, try String(contentsOf: outputURL, encoding: .utf8))
    }

    func removeFolder() { try? FileManager.default.removeItem(at: folder) }
}

@Suite struct PseudoTerminalHarnessTests {
    /// The terminal is the child's controlling terminal, so Ctrl-C in cooked mode is SIGINT
    /// (which the real shell's "cancel a running statement" tests rely on).
    @Test func ctrlCInCookedModeSendsSIGINT() throws {
        let child = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", "echo ready; exec sleep 30"],
                                       environment: ["PATH": "/usr/bin:/bin"])
        try child.expect("ready")
        child.send("\u{03}")
        #expect(try child.waitForExit() == 128 + SIGINT)
    }
}

@Suite("crq on a pseudo-terminal", .timeLimit(.minutes(1)))
struct ShellTerminalTests {
    @Test func statementGetsItsOutput() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect("crq> ")
        try shell.type("hello world\r")
        try shell.expect("you said: hello world")
        try shell.expect("crq> ")
        try shell.type(".quit\r")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func nonASCIITextIsReadIntact() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect("crq> ")
        try shell.type("Stéphane Séjourné, Исламабад\r")
        try shell.expect("you said: Stéphane Séjourné, Исламабад")
    }

    @Test func aFileThatIsNotAHistoryIsNeverOverwritten() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        try "my notes\n".write(toFile: fixture.historyPath, atomically: true, encoding: .utf8)
        let shell = try fixture.startShell()
        try shell.expect("is not a history file")
        try shell.expect("crq> ")
        try shell.type("hello\r")
        try shell.expect("you said: hello")
        try shell.type("\u{04}")
        #expect(try shell.waitForExit() == 0)
        #expect(try String(contentsOfFile: fixture.historyPath, encoding: .utf8) == "my notes\n")
    }

    @Test func continuationPromptJoinsLines() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect("crq> ")
        try shell.type("sentences |\r")
        try shell.expect("...> ")
        try shell.type("show\r")
        try shell.expect("you said: sentences | show")
    }

    @Test func historyIsSavedAndRecalledInANewProcess() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let first = try fixture.startShell()
        try first.expect("crq> ")
        try first.type("sentences about Iran\r")
        try first.expect("you said: sentences about Iran")
        try first.expect("crq> ")
        // Saved after the entry, before the shell exits, with no temporary file left behind.
        let saved = try String(contentsOfFile: fixture.historyPath, encoding: .utf8)
        #expect(saved.contains("sentences\\040about\\040Iran"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path) == ["history"])
        try first.type("\u{04}")
        #expect(try first.waitForExit() == 0)

        let second = try fixture.startShell()
        try second.expect("crq> ")
        try second.type("\u{1b}[A\r")  // Up arrow, Enter
        try second.expect("you said: sentences about Iran")
    }

    @Test func tabCompletesAUniquePrefix() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect("crq> ")
        try shell.type("sent\t\r")
        try shell.expect("you said: sentences")
        try shell.expect("crq> ")
        // Two candidates (group, groups): the common prefix is inserted, with no space after it.
        try shell.type("grou\tp\r")
        try shell.expect("you said: groupp")
    }

    @Test func tabListsAmbiguousCandidates() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect("crq> ")
        try shell.type("s\t")
        // Listed in columns on a line of their own, then the line is redrawn.
        try shell.expect("\nsentences  show       source\r\n")
        try shell.expect("crq> s")
        try shell.type("how\r")
        try shell.expect("you said: show")
    }

    @Test func ctrlCAbandonsTheLineAndTheShellGoesOn() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect("crq> ")
        try shell.type("abandoned text\u{03}")
        try shell.expect("^C")
        try shell.expect("crq> ")
        // Ctrl-C on a continuation line abandons the whole statement.
        try shell.type("first part |\r")
        try shell.expect("...> ")
        try shell.type("second\u{03}")
        try shell.expect("crq> ")
        try shell.type("after\r")
        let between = try shell.expect("you said: after")
        #expect(!between.contains("you said"))
        #expect(!shell.transcript.contains("you said: abandoned"))
        #expect(!shell.transcript.contains("you said: first"))
        let history = try String(contentsOfFile: fixture.historyPath, encoding: .utf8)
        #expect(!history.contains("abandoned"))
    }

    @Test func ctrlDOnAnEmptyLineExitsWithStatusZero() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let shell = try fixture.startShell()
        try shell.expect("crq> ")
        try shell.type("\u{04}")
        #expect(try shell.waitForExit() == 0)
    }

    @Test func pipedInputGetsNoPromptAndNoHistory() throws {
        let fixture = try ShellFixture()
        defer { fixture.removeFolder() }
        let (status, printed) = try fixture.runPiped(input: "one\ntwo |\r\nthree\n.quit\nnever read\n")
        #expect(printed == "you said: one\nyou said: two | three\n")
        #expect(status == 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.historyPath))
    }
}

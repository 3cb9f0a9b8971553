import Foundation
import Testing

/// The built `crq` executable and a scratch folder per test.
///
/// `crq` is started with a small fixed environment (nothing of the developer's history, NO_COLOR or
/// CRQ_SEEDS leaks in), so it finds the seed corpus as an installed build does: the `seeds/` folder
/// above the executable.
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

    /// What a finished run printed.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("crq-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var historyPath: String { folder.appendingPathComponent("history").path }

    /// A small fixed environment, plus `extra`. Snapshots of the seeds go to a cache folder beside
    /// the scratch folder, so tests see only the files they make.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": folder.path, "TERM": "xterm", "LANG": "C.UTF-8",
         "CRQ_HISTORY": historyPath, "XDG_CACHE_HOME": folder.path + "-cache"].merging(extra) { $1 }
    }

    /// Writes `contents` to `name` in the scratch folder (creating folders); returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }

    /// Starts `crq` on a pseudo-terminal.
    func startShell(arguments: [String] = [], environment extra: [String: String] = [:]) throws -> PseudoTerminal {
        try PseudoTerminal(executable: Self.binary, arguments: arguments, environment: environment(extra))
    }

    /// Runs `crq` with `arguments` in the scratch folder (or `subfolder` of it), `input` on a pipe
    /// as standard input (nil: /dev/null). Fails after `timeout`: a guard against a hang, not a measure of speed, so
    /// long enough for the debug build on a machine busy with builds (10 s was not, once, for a four-statement script).
    func run(_ arguments: [String], input: String? = nil, in subfolder: String? = nil, timeout: Duration = .seconds(30)) throws -> Run {
        try run(executable: Self.binary, arguments, input: input, in: subfolder, timeout: timeout)
    }

    /// Runs any program as `run(_:input:timeout:)` does. Output goes to files, so a hung child
    /// cannot block the test reading a pipe; a child still running after `timeout` is killed.
    func run(executable: String, _ arguments: [String], input: String? = nil, in subfolder: String? = nil,
             timeout: Duration = .seconds(30)) throws -> Run {
        let id = UUID().uuidString
        let outURL = folder.appendingPathComponent(".stdout-\(id)")
        let errURL = folder.appendingPathComponent(".stderr-\(id)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment()
        process.currentDirectoryURL = subfolder.map { folder.appendingPathComponent($0) } ?? folder
        process.standardOutput = out
        process.standardError = err
        if let input {
            // Written before the child starts, so a child that exits without reading cannot
            // SIGPIPE the test process; a pipe holds 64 KiB, far more than any test's input.
            precondition(input.utf8.count < 60_000, "input too long for a pipe's buffer")
            let pipe = Pipe()
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try pipe.fileHandleForWriting.close()
            process.standardInput = pipe
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw PseudoTerminal.Failure.timeout(waitingFor: "\(executable) \(arguments) to exit",
                                                     transcript: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return Run(status: process.terminationStatus,
                   stdout: try String(contentsOf: outURL, encoding: .utf8),
                   stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    func removeFolder() {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(atPath: folder.path + "-cache")
    }
}

import Foundation

// libFuzzer target `statements`: each input is one statement (any bytes, read as UTF-8), parsed,
// run on the seed corpus and rendered as a table, as the shell would. Compiled together with
// the library layers' sources by `scripts/fuzz`, so it sees their internals; not part of the package.

/// The seed corpus and a scratch folder for `save`, set up once (`CRQ_SEEDS` names the seeds).
private let fixture: (corpus: Corpus, scratch: String) = {
    let seeds = ProcessInfo.processInfo.environment["CRQ_SEEDS"] ?? "seeds"
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("crq-fuzz-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    do { return (try CorpusLoader().load(seeds), scratch) } catch { fatalError("\(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStatement(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let session = Session(corpus: fixture.corpus, options: .fixed, write: { _ in }, report: { _ in })
    session.context.workingDirectory = fixture.scratch
    session.context.safeMode = true
    _ = Session.completeness(text)
    session.execute(text)
    return 0
}

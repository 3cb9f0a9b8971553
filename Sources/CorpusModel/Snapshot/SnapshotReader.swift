#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Foundation

/// A file mapped read-only into memory; unmapped when the last array viewing it goes.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    init(path: String) throws(SnapshotProblem) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        guard info.st_size >= SnapshotFormat.headerSize else { throw info.st_size >= 8 ? .truncated : .foreign }
        guard let base = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw .unreadable(String(cString: strerror(errno)))
        }
        bytes = UnsafeRawBufferPointer(start: base, count: Int(info.st_size))
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }

    /// Lets the pages of `range` go from this process's memory (they are read again from the page
    /// cache if touched), so checking a snapshot does not leave all of it resident.
    func release(_ range: Range<Int>) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page, end = range.upperBound / page * page
        guard start < end else { return }
        madvise(UnsafeMutableRawPointer(mutating: bytes.baseAddress! + start), end - start, MADV_DONTNEED)
    }
}

/// Reads a snapshot: checks its header, version, sources and checksums, then builds a `Corpus` whose
/// big arrays are views of the mapped file. Any fault is a `SnapshotProblem`, never a trap.
struct SnapshotReader {
    let crqVersion: String
    /// The source files now; nil accepts whatever the snapshot records (the fuzz target).
    let sources: SourceFingerprint?
    /// The corpus path as given now, and the name to give the corpus.
    let root: String
    let name: String
    /// The loader's settings now (see `SnapshotWriter.settings`); nil accepts any.
    let settings: String?

    func read(_ path: String) throws(SnapshotProblem) -> Corpus {
        try read(MappedFile(path: path))
    }

    func read(_ file: MappedFile) throws(SnapshotProblem) -> Corpus {
        let started = Date()
        let sections = try Self.sections(file.bytes)
        func raw(_ s: SnapshotFormat.Section) -> UnsafeRawBufferPointer {
            let e = sections[s]!
            return UnsafeRawBufferPointer(rebasing: file.bytes[Int(e.offset)..<Int(e.offset + e.length)])
        }
        func check(_ s: SnapshotFormat.Section) throws(SnapshotProblem) -> UInt32 {
            let base = Int(sections[s]!.offset)
            let (hash, largest) = SnapshotChecksum.of(raw(s), maxWord: s.holdsIndices) { file.release(($0.lowerBound + base)..<($0.upperBound + base)) }
            guard hash == sections[s]!.checksum else { throw .corrupt("its \(s) section fails its checksum") }
            return largest
        }
        // What the snapshot is of comes first, so a stale one is found without reading the rest.
        _ = try check(.info)
        var info = SnapshotDecoder(raw(.info), section: "info")
        let version = try info.string()
        guard version == crqVersion else { throw .otherVersion("crq \(version); this is crq \(crqVersion)") }
        let builtRoot = try info.string()
        let builtSettings = try info.string()
        if let settings, settings != builtSettings { throw .stale("it was read with other --field choices") }
        var recorded = try SourceFingerprint.decode(&info)
        if let sources {
            if sources.contentHashes.isEmpty { recorded.contentHashes = [] }
            if let why = sources.difference(from: recorded) { throw .stale(why) }
        }
        let counts = try (0..<6).map { (_: Int) throws(SnapshotProblem) in try info.int(in: 0...Int(UInt32.max)) }
        let (documentCount, paragraphCount, sentenceCount, tokenCount, termCount, byteCount) =
            (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5])
        var largest: [SnapshotFormat.Section: UInt32] = [:]
        for s in SnapshotFormat.Section.allCases where s != .info { largest[s] = try check(s) }

        func array<T: BitwiseCopyable>(_ s: SnapshotFormat.Section, _: T.Type, count: Int) throws(SnapshotProblem) -> FlatArray<T> {
            let r = raw(s)
            guard r.count == count * MemoryLayout<T>.stride else { throw .corrupt("its \(s) section has the wrong size") }
            return FlatArray(UnsafeBufferPointer(start: r.baseAddress?.assumingMemoryBound(to: T.self), count: count), owner: file)
        }
        let text = try array(.text, UInt8.self, count: byteCount)
        let paragraphs = try array(.paragraphs, ParagraphSpan.self, count: paragraphCount)
        let sentences = try array(.sentences, SentenceSpan.self, count: sentenceCount)
        let sentenceStarts = try array(.sentenceStarts, UInt32.self, count: sentenceCount)
        let tokens = try array(.tokens, UInt32.self, count: tokenCount)
        let postingStarts = try array(.postingStarts, UInt32.self, count: termCount + 1)
        let postings = try array(.postings, UInt32.self, count: tokenCount)
        guard tokenCount == 0 || (largest[.tokens]! < termCount && largest[.postings]! < tokenCount) else {
            throw .corrupt("its index points outside the text")
        }
        try Self.checkOrdered(postingStarts, first: 0, last: tokenCount, "posting lists")
        try Self.checkOrdered(sentenceStarts, first: 0, last: tokenCount, "sentences' tokens")
        for p in paragraphs {
            guard p.byteStart <= p.byteEnd, Int(p.byteEnd) <= byteCount, Int(p.document) < documentCount else {
                throw .corrupt("a paragraph lies outside the text")
            }
        }
        try Self.checkOrdered(FlatArray(paragraphs.map(\.firstSentence)), first: 0, last: sentenceCount, "paragraphs")
        for s in sentences {
            guard s.byteStart <= s.byteEnd, Int(s.byteEnd) <= byteCount, Int(s.paragraph) < paragraphCount else {
                throw .corrupt("a sentence lies outside the text")
            }
        }
        let termOffsets = raw(.termOffsets)
        let vocabulary = Vocabulary(arena: Array(raw(.termArena)), offsets: Array(termOffsets.bindMemory(to: UInt32.self)),
                                    folded: Array(raw(.foldedTerms).bindMemory(to: UInt32.self)))   // small: copied and hashed anew
        guard let vocabulary, vocabulary.count == termCount else { throw .corrupt("its vocabulary is inconsistent") }

        let rewrite = { (s: String) -> String in
            builtRoot != root && s.hasPrefix(builtRoot) ? root + s.dropFirst(builtRoot.count) : s
        }
        let documents = try Self.documents(raw(.documents), count: documentCount, paragraphs: paragraphCount,
                                           sentences: sentenceCount, tokens: tokenCount, bytes: byteCount, rewrite: rewrite)
        let warnings = try Self.warnings(raw(.warnings), rewrite: rewrite)
        let index = InvertedIndex(vocabulary: vocabulary, tokens: tokens, postingStarts: postingStarts, postings: postings)
        return Corpus(name: name, documents: documents, text: text, paragraphs: paragraphs, sentences: sentences,
                      sentenceStarts: sentenceStarts, index: index, warnings: warnings,
                      loadSeconds: Date().timeIntervalSince(started))
    }

    /// The section table, checked: magic, version, length, table checksum, each section once and inside the file.
    static func sections(_ bytes: UnsafeRawBufferPointer) throws(SnapshotProblem) -> [SnapshotFormat.Section: SnapshotFormat.Entry] {
        guard bytes.count >= SnapshotFormat.headerSize, Array(bytes[0..<8]) == SnapshotFormat.magic else { throw .foreign }
        func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
        func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        guard u32(8) == SnapshotFormat.version else {
            throw .otherVersion("another version of crq (snapshot format \(u32(8)); this crq reads format \(SnapshotFormat.version))")
        }
        guard u32(12) == SnapshotFormat.byteOrderMark else { throw .foreign }
        guard u64(24) <= UInt64(bytes.count) else { throw .truncated }
        guard u64(24) == UInt64(bytes.count) else { throw .corrupt("it is longer than it says") }
        let count = Int(u32(16))
        let tableEnd = SnapshotFormat.headerSize + SnapshotFormat.entrySize * count
        guard count <= 64, tableEnd <= bytes.count else { throw .corrupt("its section table is damaged") }
        let table = Array(bytes[SnapshotFormat.headerSize..<tableEnd])
        guard SnapshotFormat.tableChecksum(prefix: Array(bytes[0..<32]), table: table) == u64(32) else {
            throw .corrupt("its section table fails its checksum")
        }
        var out: [SnapshotFormat.Section: SnapshotFormat.Entry] = [:]
        for i in 0..<count {
            let at = SnapshotFormat.headerSize + i * SnapshotFormat.entrySize
            let kind = u64(at)
            let e = SnapshotFormat.Entry(section: UInt32(truncatingIfNeeded: kind), elementSize: UInt32(kind >> 32),
                                         offset: u64(at + 8), length: u64(at + 16), checksum: u64(at + 24))
            guard let s = SnapshotFormat.Section(rawValue: e.section) else { continue }   // a section a later crq added
            guard out[s] == nil, Int(e.elementSize) == s.elementSize, e.offset % UInt64(SnapshotFormat.alignment) == 0,
                  e.offset <= UInt64(bytes.count), e.length <= UInt64(bytes.count) - e.offset else {
                throw .corrupt("its section table is damaged")
            }
            out[s] = e
        }
        guard out.count == SnapshotFormat.Section.allCases.count else { throw .corrupt("a section is missing") }
        return out
    }

    /// Checks that `values` never decrease, start at or after `first` and end at or before `last`.
    private static func checkOrdered(_ values: FlatArray<UInt32>, first: Int, last: Int, _ what: String) throws(SnapshotProblem) {
        var previous = first
        for v in values {
            guard Int(v) >= previous else { throw .corrupt("its \(what) are out of order") }
            previous = Int(v)
        }
        guard previous <= last else { throw .corrupt("its \(what) run past the end") }
    }

    private static func documents(_ raw: UnsafeRawBufferPointer, count: Int, paragraphs: Int, sentences: Int, tokens: Int,
                                  bytes: Int, rewrite: (String) -> String) throws(SnapshotProblem) -> [DocumentRecord] {
        var d = SnapshotDecoder(raw, section: "documents")
        guard try d.int() == count else { throw .corrupt("its document count is inconsistent") }
        var out: [DocumentRecord] = []
        out.reserveCapacity(count)
        var previousToken = 0
        for _ in 0..<count {
            let id = try d.string(), shortID = try d.string(), origin = rewrite(try d.string())
            let line = try d.optionalInt()
            var meta = DocumentMetadata()
            meta.title = try d.string(); meta.source = try d.string(); meta.date = try d.string()
            meta.author = try d.string(); meta.url = try d.string()
            for _ in 0..<(try d.int(in: 0...raw.count)) { meta.extra.append((try d.string(), try d.string())) }
            for _ in 0..<(try d.int(in: 0...raw.count)) { meta.derived.insert(try d.string()) }
            let year = try d.int(), month = try d.int(), day = try d.int()
            var date: PartialDate? = nil
            if year != 0 {
                guard let parsed = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else {
                    throw .corrupt("a document has an impossible date")
                }
                date = parsed
            }
            func range(_ limit: Int) throws(SnapshotProblem) -> Range<Int> {
                let lower = try d.int(in: 0...limit)
                return lower..<(try d.int(in: lower...limit))
            }
            let byteRange = try range(bytes), paragraphRange = try range(paragraphs)
            let sentenceRange = try range(sentences), tokenRange = try range(tokens)
            guard tokenRange.lowerBound >= previousToken else { throw .corrupt("its documents are out of order") }
            previousToken = tokenRange.lowerBound
            out.append(DocumentRecord(id: id, shortID: shortID, origin: origin, line: line, metadata: meta, date: date, bytes: byteRange,
                                      paragraphs: paragraphRange, sentences: sentenceRange, tokens: tokenRange, isASCII: try d.bool()))
        }
        guard d.isAtEnd else { throw .corrupt("its documents section has bytes to spare") }
        return out
    }

    private static func warnings(_ raw: UnsafeRawBufferPointer, rewrite: (String) -> String) throws(SnapshotProblem) -> [LoadWarning] {
        var d = SnapshotDecoder(raw, section: "warnings")
        var out: [LoadWarning] = []
        for _ in 0..<(try d.int(in: 0...raw.count)) {
            let severity: LoadWarning.Severity = try d.bool() ? .note : .warning
            let file = rewrite(try d.string())
            let line = try d.optionalInt(), offset = try d.optionalInt()
            out.append(LoadWarning(severity, file: file, line: line, byteOffset: offset, try d.string()))
        }
        return out
    }
}

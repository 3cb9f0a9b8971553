import Foundation

/// Writes a corpus to a snapshot file (atomically: a reader sees the old file or the new one).
struct SnapshotWriter {
    let crqVersion: String
    /// The corpus path as it was given when loading (origins and warnings start with it).
    let root: String
    let fingerprint: SourceFingerprint
    /// How the loader was told to read the files (`--field` choices), which the corpus depends on.
    let settings: String
    /// Polled between blocks of the write; when it returns true the write stops and nothing is replaced.
    var isCancelled: @Sendable () -> Bool = { false }

    /// Why a snapshot could not be written.
    struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    /// Writes `corpus` to `url` atomically; returns the header checksum of what it wrote.
    func write(_ corpus: Corpus, to url: URL) throws(Failure) -> UInt64 {
        precondition(MemoryLayout<ParagraphSpan>.stride == 16 && MemoryLayout<SentenceSpan>.stride == 12,
                     "the snapshot stores paragraph and sentence spans as they lie in memory")
        var info = SnapshotEncoder()
        info.string(crqVersion)
        info.string(root)
        info.string(settings)
        fingerprint.encode(into: &info)
        for n in [corpus.documents.count, corpus.paragraphCount, corpus.sentenceCount, corpus.tokenCount,
                  corpus.index.vocabulary.count, corpus.byteCount] { info.int(n) }
        let vocabulary = corpus.index.vocabulary.termArena
        let parts: [(SnapshotFormat.Section, any SectionBytes)] = [
            (.info, FlatArray(info.bytes)),
            (.documents, FlatArray(Self.encode(corpus.documents))),
            (.warnings, FlatArray(Self.encode(corpus.warnings))),
            (.text, corpus.text),
            (.paragraphs, corpus.paragraphs),
            (.sentences, corpus.sentences),
            (.sentenceStarts, corpus.sentenceTokens.starts),
            (.tokens, corpus.index.tokens),
            (.postingStarts, corpus.index.postingStarts),
            (.postings, corpus.index.postings),
            // Before the term table, so the file ends in a section's bytes (damage there is caught) even when this one is empty.
            (.foldedTerms, FlatArray(corpus.index.vocabulary.foldedTerms.sorted())),
            (.termArena, FlatArray(vocabulary.arena)),
            (.termOffsets, FlatArray(vocabulary.offsets)),
        ]
        var entries: [SnapshotFormat.Entry] = []
        let headerSize = SnapshotFormat.headerSize + SnapshotFormat.entrySize * parts.count
        var end = headerSize
        for (section, bytes) in parts {
            let offset = Self.aligned(end)
            entries.append(.init(section: section.rawValue, elementSize: UInt32(section.elementSize), offset: UInt64(offset),
                                 length: UInt64(bytes.count), checksum: 0))
            end = offset + bytes.count
        }
        // The checksums are taken on the other cores while the sections are written; the header, which
        // holds them, is written last, over the zeros that keep its place.
        let stop = isCancelled
        nonisolated(unsafe) let sections = parts.map(\.1)
        // The checksum of section i at i, and how many are taken at the end (the group's wait orders them).
        nonisolated(unsafe) let checksums = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: parts.count + 1)
        checksums.initialize(repeating: 0)
        defer { checksums.deallocate() }
        let hashed = DispatchGroup()
        DispatchQueue.global().async(group: hashed) {
            for (i, bytes) in sections.enumerated() where !stop() {
                checksums[i] = bytes.withBytes { SnapshotChecksum.of($0).hash }
                checksums[sections.count] = UInt64(i + 1)
            }
        }
        defer { hashed.wait() }
        var written: UInt64 = 0
        do {
            // Not flushed: every section has a checksum, so a snapshot damaged by a crash is rebuilt.
            try AtomicFile.write(to: url, durable: false) { fd in
                var at = 0
                func put(_ p: UnsafeRawBufferPointer) -> Int32 {
                    var done = 0
                    while done < p.count {   // in blocks, polling for cancellation between them
                        if stop() { return ECANCELED }
                        let n = min(p.count - done, 1 << 24)
                        let code = writeAll(fd, UnsafeRawBufferPointer(rebasing: p[done..<(done + n)]))
                        if code != 0 { return code }
                        done += n
                    }
                    at += p.count
                    return 0
                }
                var code = [UInt8](repeating: 0, count: headerSize).withUnsafeBytes { put($0) }
                for (entry, (_, bytes)) in zip(entries, parts) where code == 0 {
                    let padding = [UInt8](repeating: 0, count: Int(entry.offset) - at)
                    code = padding.withUnsafeBytes { put($0) }
                    if code == 0 { code = bytes.withBytes { put($0) } }
                }
                guard code == 0 else { return code }
                hashed.wait()
                guard checksums[entries.count] == UInt64(entries.count) else { return ECANCELED }
                for i in entries.indices { entries[i].checksum = checksums[i] }
                return SnapshotFormat.header(entries, fileLength: end).withUnsafeBytes { header in
                    written = SnapshotFormat.checksum(header)
                    return pwrite(fd, header.baseAddress, header.count, 0) == header.count ? 0 : errno
                }
            }
        } catch {
            throw Failure(description: error.code == ECANCELED ? "cancelled" : error.localizedDescription)
        }
        return written
    }

    private static func aligned(_ n: Int) -> Int { (n + SnapshotFormat.alignment - 1) / SnapshotFormat.alignment * SnapshotFormat.alignment }

    static func encode(_ documents: [DocumentRecord]) -> [UInt8] {
        var e = SnapshotEncoder()
        e.int(documents.count)
        for d in documents {
            for s in [d.id, d.shortID, d.origin] { e.string(s) }
            e.optionalInt(d.line)
            for s in [d.metadata.title, d.metadata.source, d.metadata.date, d.metadata.author, d.metadata.url] { e.string(s) }
            e.int(d.metadata.extra.count)
            for (k, v) in d.metadata.extra { e.string(k); e.string(v) }
            let derived = d.metadata.derived.sorted()
            e.int(derived.count)
            derived.forEach { e.string($0) }
            e.int(d.date?.year ?? 0)
            e.int(d.date?.month ?? 0)
            e.int(d.date?.day ?? 0)
            for r in [d.bytes, d.paragraphs, d.sentences, d.tokens] { e.int(r.lowerBound); e.int(r.upperBound) }
            e.bool(d.isASCII)
        }
        return e.bytes
    }

    static func encode(_ warnings: [LoadWarning]) -> [UInt8] {
        var e = SnapshotEncoder()
        e.int(warnings.count)
        for w in warnings {
            e.bool(w.severity == .note)
            e.string(w.file)
            e.optionalInt(w.line)
            e.optionalInt(w.byteOffset)
            e.string(w.message)
        }
        return e.bytes
    }
}

/// A section's content, written as it lies in memory.
private protocol SectionBytes { func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R }

extension SectionBytes {
    var count: Int { withBytes { $0.count } }
}

extension FlatArray: SectionBytes {
    fileprivate func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R { withUnsafeBytes(body) }
}

import CorpusModel
import TextAnalysis

/// One token of the figure extractor's scan: a word, a number written in digits, a punctuation
/// mark or a line break, with its byte range in the UTF-8 text and its Unicode scalar offsets.
struct FigureWord {
    package enum Kind: UInt8 { case word, digits, punctuation, lineBreak }

    var kind: Kind
    var byteStart: Int
    var byteEnd: Int
    var start: Int
    var end: Int
    /// Lower-cased word (words), or the scalar value in `low` (punctuation).
    var key: PackedWord
    var isCapitalized = false
    var isPossessive = false
    var hasHyphen = false
    /// True when no white space separates this token from the previous one.
    var isAttached = false

    /// True for punctuation that ends a sentence or clause for context windows.
    var isBoundary: Bool {
        switch kind {
        case .lineBreak: return true
        case .punctuation:
            switch key.low {
            case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x2022: return true  // . ! ? ; : •
            default: return false
            }
        default: return false
        }
    }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && key.low == UInt64(scalar.value)
    }
}

/// Splits UTF-8 text into `FigureWord`s in one pass over the bytes, counting scalars as it goes.
enum FigureScanner {
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [FigureWord] {
        var out: [FigureWord] = []
        out.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        var i = 0
        var scalar = 0
        var attached = false

        /// Decodes the scalar starting at byte `at`: (value, byte length).
        func decode(_ at: Int) -> (UInt32, Int) { ByteClass.decode(bytes, at, n) }
        func isLetter(_ v: UInt32) -> Bool {
            if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
            if v == 0x2019 { return false }
            return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
        }
        func isSpace(_ v: UInt32) -> Bool {
            v == 0x20 || v == 0x09 || v == 0x0D || v == 0x0B || v == 0x0C || v == 0xA0
                || (v >= 0x2000 && v <= 0x200B) || v == 0x202F || v == 0x3000 || v == 0xFEFF
        }

        while i < n {
            let (v, len) = decode(i)
            if v == 0x0A {
                out.append(FigureWord(kind: .lineBreak, byteStart: i, byteEnd: i + 1, start: scalar,
                                      end: scalar + 1, key: .none))
                i += 1; scalar += 1; attached = false
                continue
            }
            if isSpace(v) {
                i += len; scalar += 1; attached = false
                continue
            }
            let startByte = i, startScalar = scalar
            if v >= 0x30 && v <= 0x39 {
                // digits, with , or . inside when a digit follows
                i += 1; scalar += 1
                while i < n {
                    let c = bytes[i]
                    if c >= 0x30 && c <= 0x39 {
                        i += 1; scalar += 1
                    } else if (c == 0x2C || c == 0x2E) && i + 1 < n && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 {
                        i += 1; scalar += 1
                    } else { break }
                }
                out.append(FigureWord(kind: .digits, byteStart: startByte, byteEnd: i, start: startScalar,
                                      end: scalar, key: .none, isAttached: attached))
            } else if isLetter(v) {
                var packer = PackedWord.Packer()
                var hyphen = false, possessive = false
                let capital = v >= 0x41 && v <= 0x5A
                while i < n {
                    let (c, clen) = decode(i)
                    if isLetter(c) {
                        if c < 0x80 { packer.append(UInt8(c)) } else { packer.invalidate() }
                        i += clen; scalar += 1
                        continue
                    }
                    // an inner hyphen or apostrophe joins letters on both sides
                    guard c == 0x2D || c == 0x27 || c == 0x2019, i + clen < n else { break }
                    let (next, nlen) = decode(i + clen)
                    guard isLetter(next) else { break }
                    if c == 0x2D {
                        hyphen = true
                    } else if next == 0x73 || next == 0x53 {
                        let after = i + clen + nlen
                        possessive = after >= n || !isLetter(decode(after).0)
                    }
                    packer.append(c == 0x2D ? 0x2D : 0x27)
                    i += clen; scalar += 1
                }
                out.append(FigureWord(kind: .word, byteStart: startByte, byteEnd: i, start: startScalar,
                                      end: scalar, key: packer.word, isCapitalized: capital,
                                      isPossessive: possessive, hasHyphen: hyphen, isAttached: attached))
            } else {
                i += len; scalar += 1
                out.append(FigureWord(kind: .punctuation, byteStart: startByte, byteEnd: i, start: startScalar,
                                      end: scalar, key: PackedWord(low: UInt64(v), high: 0), isAttached: attached))
            }
            attached = true
        }
        return out
    }
}

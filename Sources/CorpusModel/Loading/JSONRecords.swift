import Foundation
import TextAnalysis

/// Reads the records of JSON files: finds each element of the array of records without parsing the
/// whole file (so a faulty element costs only itself and every warning names its line), and turns a
/// parsed object into fields, nested objects flattened (`source.name`).
enum JSONRecords {
    /// One element of the array of records: its bytes and the line it starts on.
    struct Element {
        var range: Range<Int>
        var line: Int
    }

    /// The elements of the top-level array, or of the first array of objects inside a top-level
    /// object (`{"articles": […]}`, as NewsAPI answers). A fault and its line when the text is not such a
    /// document or ends before the array closes (the complete elements before it are returned).
    static func elements(_ b: [UInt8]) -> (elements: [Element], fault: (line: Int, message: String)?) {
        var line = 1, i = 0
        let n = b.count
        func skipSpace() {
            while i < n, CharacterClass.isSpace(b[i]) { if b[i] == 0x0A { line += 1 }; i += 1 }
        }
        skipSpace()
        guard i < n, b[i] == UInt8(ascii: "[") || b[i] == UInt8(ascii: "{") else {
            return ([], (line, "not a JSON array of articles"))
        }
        var out: [Element] = []
        var depth = 0, inString = false
        if b[i] == UInt8(ascii: "{") {
            // Into the object, to its first array.
            while i < n {
                let c = b[i]
                i += 1
                if c == 0x0A { line += 1 }
                if inString {
                    if c == UInt8(ascii: "\\") { i += 1 } else if c == UInt8(ascii: "\"") { inString = false }
                    continue
                }
                switch c {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "}"): depth -= 1
                case UInt8(ascii: "[") where depth == 1 && startsObject(b, after: i): depth = -1
                case UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]"): depth -= 1
                default: break
                }
                if depth <= 0 { break }
            }
            guard depth == -1 else { return ([], (line, "a JSON object without an array of articles")) }
        } else {
            i += 1
        }
        // The elements: up to each comma or the closing bracket at the array's own level.
        while true {
            skipSpace()
            guard i < n else { break }
            if b[i] == UInt8(ascii: "]") { return (out, nil) }
            let start = i, startLine = line
            depth = 0
            inString = false
            while i < n {
                let c = b[i]
                if c == 0x0A { line += 1 }
                if inString {
                    if c == UInt8(ascii: "\\") { i += 1 } else if c == UInt8(ascii: "\"") { inString = false }
                    i += 1
                    continue
                }
                if depth == 0 && (c == UInt8(ascii: ",") || c == UInt8(ascii: "]")) { break }
                switch c {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                default: break
                }
                i += 1
            }
            guard i < n else { break }
            out.append(Element(range: start..<i, line: startLine))
            if b[i] == UInt8(ascii: ",") { i += 1 }
        }
        return (out, (line, "the JSON ends before its array of articles closes; the complete articles before this line were loaded"))
    }

    /// Whether the first value after `i` (past blanks) is an object.
    private static func startsObject(_ b: [UInt8], after i: Int) -> Bool {
        b[i...].first { !CharacterClass.isSpace($0) } == UInt8(ascii: "{")
    }

    /// Parses one record: a JSON object, or a message saying why not.
    static func object(_ bytes: ArraySlice<UInt8>) -> Result<[String: Any], Fault> {
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else { return .failure(.notJSON) }
        guard let object = value as? [String: Any] else { return .failure(.notAnObject) }
        return .success(object)
    }

    enum Fault: Error { case notJSON, notAnObject }

    /// The fields of an object, keys sorted; nested objects flattened (`source.name`), lists of plain
    /// values kept as items, other lists as JSON text; nulls left out.
    static func fields(_ object: [String: Any], prefix: String = "") -> [FieldMapping.Field] {
        var out: [FieldMapping.Field] = []
        for key in object.keys.sorted() {
            let name = prefix + key
            switch object[key] {
            case let s as String: out.append(.init(key: name, value: s))
            case let nested as [String: Any]: out += fields(nested, prefix: name + ".")
            case let list as [Any]:
                let items = list.compactMap(scalar)
                out.append(.init(key: name, value: jsonText(list), items: items.count == list.count ? items : nil))
            case is NSNull, nil: break
            case let other?: out.append(.init(key: name, value: scalar(other) ?? jsonText(other)))
            }
        }
        return out
    }

    /// A string or number as text.
    private static func scalar(_ value: Any) -> String? {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    private static func jsonText(_ value: Any) -> String {
        guard let d = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) else { return "" }
        return String(decoding: d, as: UTF8.self)
    }
}

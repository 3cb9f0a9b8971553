import TextAnalysis

/// Which field of a record (a CSV/TSV column, a JSON key, a metadata sidecar column) fills which
/// document field: the common names of news exports (news-please, NewsAPI, Media Cloud, dataset
/// dumps), or the names the user chose with `--field text=body`.
package struct FieldMapping: Sendable, Equatable {
    /// The document fields a record can fill and the record keys tried for each, in order (keys are
    /// compared without regard to case; `source.name` is the key `name` inside an object `source`).
    package static let names: [(field: String, keys: [String])] = [
        ("text", ["text", "maintext", "content", "body", "article"]),
        ("title", ["title", "headline"]),
        ("source", ["source", "source.name", "publication", "source_domain", "hostname", "media_name", "outlet", "publisher"]),
        ("date", ["date", "date_publish", "publish_date", "published", "publishedAt", "published_at"]),
        ("author", ["author", "authors", "byline"]),
        ("url", ["url", "link"]),
        ("id", ["id"]),
    ]

    /// The fields `--field` can set.
    static var fields: [String] { names.map(\.field) }

    /// The keys the user chose: field → key.
    private(set) var chosen: [String: String] = [:]

    package init() {}

    /// Reads `FIELD=KEY` specifications, as `--field text=body` gives them.
    package init(_ specs: [String]) throws(BadSpec) {
        for spec in specs {
            guard let eq = spec.firstIndex(of: "=") else { throw BadSpec("'\(spec)' is not FIELD=NAME", spec) }
            let field = spec[..<eq].trimmingBlanks().lowercased()
            let key = spec[spec.index(after: eq)...].trimmingBlanks()
            guard Self.fields.contains(field) else {
                throw BadSpec("unknown field '\(field)'; fields: " + Self.fields.joined(separator: ", "), spec)
            }
            guard !key.isEmpty else { throw BadSpec("no name after '\(field)='", spec) }
            chosen[field] = key
        }
    }

    /// A `--field` specification crq cannot use.
    package struct BadSpec: Error, Sendable {
        package let message: String
        package let spec: String
        init(_ message: String, _ spec: String) { self.message = message; self.spec = spec }
    }

    /// The keys tried for `field`: the chosen one, or the common names.
    func keys(for field: String) -> [String] {
        if let key = chosen[field] { return [key] }
        return Self.names.first { $0.field == field }?.keys ?? []
    }

    /// One field of a record: its key, its value as text, and the items of a list of plain values
    /// (JSON `"authors": ["A", "B"]`), which a document field takes joined.
    package struct Field {
        var key: String
        var value: String
        var items: [String]? = nil
    }

    /// A record read through the mapping.
    package struct Mapped {
        var text: String?
        var id: String?
        var metadata = DocumentMetadata()
        /// Which key filled which field, in the order of `names`.
        var used: [(field: String, key: String)] = []
    }

    /// Maps a record's fields: each document field takes the first of its keys with a non-empty
    /// value; every other non-empty field is kept as an extra metadata field under its own name.
    package func map(_ fields: [Field]) -> Mapped {
        var out = Mapped()
        var position: [String: Int] = [:]
        for (i, f) in fields.enumerated() where position[f.key.lowercased()] == nil { position[f.key.lowercased()] = i }
        var taken = Set<Int>()
        for (field, _) in Self.names {
            for key in keys(for: field) {
                guard let i = position[key.lowercased()], !taken.contains(i) else { continue }
                let value = fields[i].items?.joined(separator: ", ") ?? fields[i].value
                guard !value.allSatisfy(\.isWhitespace) else { continue }
                taken.insert(i)
                out.used.append((field, fields[i].key))
                switch field {
                case "text": out.text = value
                case "id": out.id = value.trimmingBlanks()
                default: out.metadata.set(field, value.trimmingBlanks())
                }
                break
            }
        }
        for (i, f) in fields.enumerated() where !taken.contains(i) && !f.value.allSatisfy(\.isWhitespace) {
            out.metadata.setExtra(f.key, f.value)
        }
        return out
    }

    /// Says which key filled which field, when any was not the field's own name (nil otherwise).
    static func note(_ used: [(field: String, key: String)]) -> String? {
        guard used.contains(where: { $0.field != $0.key.lowercased() }) else { return nil }
        return "fields: " + used.map { "\($0.field) ← \($0.key)" }.joined(separator: ", ")
            + " (--field FIELD=NAME chooses another)"
    }
}

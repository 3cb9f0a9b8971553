/// What is known about a document besides its text: the standard fields, any extra ones from a
/// sidecar or JSONL record, and which fields crq derived from the text itself.
package struct DocumentMetadata: Sendable, Equatable {
    package var title: String = ""
    package var source: String = ""
    package var date: String = ""
    package var author: String = ""
    package var url: String = ""
    /// Fields other than the standard ones, in the order they were given.
    package var extra: [(key: String, value: String)] = []
    /// Names of the fields derived from the text (`title`, `date`, `author`) or the file's place (`source`, `date`).
    package var derived: Set<String> = []

    init() {}

    /// The standard field names, in display order.
    package static let standardFields = ["title", "source", "date", "author", "url"]

    /// Sets a standard field by name (`FieldMapping` knows the other names for them); any other name
    /// is an extra field.
    mutating func set(_ key: String, _ value: String) {
        switch key {
        case "title": title = value
        case "source": source = value
        case "date": date = value
        case "author": author = value
        case "url": url = value
        default: setExtra(key, value)
        }
    }

    /// Sets an extra field, whatever its name.
    mutating func setExtra(_ key: String, _ value: String) {
        if let i = extra.firstIndex(where: { $0.key == key }) { extra[i].value = value } else { extra.append((key, value)) }
    }

    /// A field's value by name (standard or extra), or nil if the document has no such field.
    package func value(_ key: String) -> String? {
        switch key {
        case "title": return title
        case "source": return source
        case "date": return date
        case "author": return author
        case "url": return url
        default: return extra.first(where: { $0.key == key })?.value
        }
    }

    package static func == (a: DocumentMetadata, b: DocumentMetadata) -> Bool {
        a.title == b.title && a.source == b.source && a.date == b.date && a.author == b.author && a.url == b.url
            && a.extra.map(\.key) == b.extra.map(\.key) && a.extra.map(\.value) == b.extra.map(\.value)
            && a.derived == b.derived
    }
}

import CorpusModel
import QueryLanguage
import Rendering

/// Renders a notebook page as Markdown for reading on a forge: prose comments as paragraphs (their
/// text is Markdown, so `-- ## Title` is a heading), each statement as a code block, each result
/// table as a Markdown table drawn from its data (bars kept), other output and errors as text blocks.
package enum NotebookMarkdown {
    package static func render(_ page: NotebookPage) -> String {
        var blocks: [String] = []
        if let h = page.header {
            blocks.append("*Recorded with crq \(h.version) on the corpus \(h.corpusName) (\(h.documents) documents, fingerprint `\(h.fingerprint)`).*")
        }
        for block in page.blocks {
            switch block {
            case let .prose(lines): blocks.append(lines.joined(separator: "\n"))
            case let .statement(text): blocks.append(fence(text, language: "crq"))
            case let .table(table, total):
                blocks.append(String(TableRenderer.render(table, mode: .markdown, options: .fixed, totalRows: total).dropLast()))
                if total == min(table.rows.count, RenderOptions.fixed.maxRows) && total != 1 { blocks.append("*(\(total) rows)*") }
            case let .text(text): blocks.append(fence(text, language: "text"))
            case let .error(text): blocks += ["Error:", fence(text, language: "text")]
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func fence(_ text: String, language: String) -> String {
        "```\(language)\n\(text)\n```"
    }
}

import CorpusModel

/// A node of the tree `.ast` prints: a label, the node's source range, and its parts.
struct ASTNode: Equatable {
    package let label: String
    let range: SourceRange
    var children: [ASTNode] = []
}

/// A stage whose parsed parts (conditions, sets, keys) are shown as children in `.ast`; other
/// stages show as one line, their canonical summary.
protocol StageParts {
    /// The stage's line in the tree: its verb and any options that have no place of their own.
    var astLabel: String { get }
    var parts: [ASTNode] { get }
}

/// Renders a parsed statement as an indented tree with each node's range as
/// `line:column-line:column` (the end column is the one after the node's last character), so
/// precedence, associativity and error positions can be read and tested.
package enum ASTDump {
    package static func text(_ statement: Statement) -> String {
        let root: ASTNode
        switch statement.kind {
        case .pipeline: root = node(statement.pipeline)
        case let .binding(name, nameRange):
            root = ASTNode(label: "let \(name)", range: SourceRange(0, statement.pipeline.range.end),
                           children: [ASTNode(label: "name \(name)", range: nameRange), node(statement.pipeline)])
        }
        var lines: [String] = []
        render(root, depth: 0, statement.source, into: &lines)
        return lines.joined(separator: "\n")
    }

    static func node(_ pipeline: Pipeline) -> ASTNode {
        ASTNode(label: "pipeline", range: pipeline.range, children: ([pipeline.source] + pipeline.stages as [any Stage]).map { stage in
            if let s = stage as? StageParts {
                return ASTNode(label: s.astLabel, range: stage.range, children: s.parts)
            }
            return ASTNode(label: stage.summary, range: stage.range)
        })
    }

    private static func render(_ n: ASTNode, depth: Int, _ source: SourceText, into lines: inout [String]) {
        let (l1, c1) = source.lineAndColumn(of: n.range.start)
        let (l2, c2) = source.lineAndColumn(of: n.range.end)
        lines.append(String(repeating: "  ", count: depth) + "\(n.label) @\(l1):\(c1)-\(l2):\(c2)")
        for c in n.children { render(c, depth: depth + 1, source, into: &lines) }
    }
}

extension Condition {
    /// The condition as a tree, with ranges.
    var astNode: ASTNode {
        switch self {
        case let .words(w, _, r): return ASTNode(label: (w.count == 1 ? "word " : "phrase ") + "\"\(w.joined(separator: " "))\"", range: r)
        case let .regex(re, r): return ASTNode(label: "regex /\(re.pattern)/\(re.caseSensitive ? "c" : "")", range: r)
        case let .near(a, n, b, r): return ASTNode(label: "near \(n)", range: r, children: [a.astNode, b.astNode])
        case let .compare(f, fr, op, v, r):
            return ASTNode(label: "compare \(op.rawValue)", range: r, children: [ASTNode(label: "field \(f)", range: fr), v.astNode])
        case let .inList(f, fr, vs, r):
            return ASTNode(label: "in", range: r, children: [ASTNode(label: "field \(f)", range: fr)] + vs.map(\.astNode))
        case let .and(a, b): return ASTNode(label: "and", range: range, children: [a.astNode, b.astNode])
        case let .or(a, b): return ASTNode(label: "or", range: range, children: [a.astNode, b.astNode])
        case let .not(a, r): return ASTNode(label: "not", range: r, children: [a.astNode])
        }
    }
}

extension Literal {
    var astNode: ASTNode { ASTNode(label: summary, range: range) }
}

extension FieldExpression {
    var astNode: ASTNode { ASTNode(label: "key \(summary)", range: range) }
}

extension CompareSetSyntax {
    var astNode: ASTNode {
        if case let .pipeline(p, _) = self { return ASTDump.node(p) }
        return ASTNode(label: "set \(summary)", range: range)
    }
}

extension FilterStage: StageParts {
    var astLabel: String { "filter" }
    var parts: [ASTNode] { [condition.astNode] }
}

extension KwicStage: StageParts {
    var astLabel: String { "kwic width \(width)" }
    var parts: [ASTNode] { [pattern.astNode] }
}

extension GroupStage: StageParts {
    var astLabel: String { "group by" }
    var parts: [ASTNode] { keys.map(\.astNode) }
}

extension CompareStage: StageParts {
    var astLabel: String {
        let by: String
        if case .by = sides { by = " by" } else { by = "" }
        return "compare\(by) on \(aspect.name)" + (excludingShared ? " excluding shared" : "")
    }
    var parts: [ASTNode] {
        switch sides {
        case let .pair(a, b): return [a.astNode, b.astNode]
        case let .by(k): return [k.astNode]
        }
    }
}

extension SortStage: StageParts {
    var astLabel: String { "sort by" }
    var parts: [ASTNode] { keys.map { ASTNode(label: "key \($0.0.summary) \($0.descending ? "desc" : "asc")", range: $0.0.range) } }
}

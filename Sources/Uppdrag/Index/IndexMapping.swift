import Extraction
import Foundation
import SearchIndex

/// Turns a parsed document and its record into Xapian documents: one for the document, one per item.
struct IndexMapping {
    let indexer: TermIndexer
    let register: AgencyRegister
    /// Other names of each agency (abbreviations, short names), indexed with documents that name it.
    let aliases: [String: [String]]
    let compounds: CompoundSplitter

    init(register: AgencyRegister, aliases: [String: [String]], compounds: CompoundSplitter) throws {
        self.indexer = try TermIndexer()
        self.register = register
        self.aliases = aliases
        self.compounds = compounds
    }

    /// Other names per canonical agency name, built once per ingest.
    static func aliasTable(_ register: AgencyRegister) -> [String: [String]] {
        var aliases: [String: [String]] = [:]
        for entry in register.agencies { aliases[entry.canonical] = entry.aliases }
        return aliases
    }

    /// A Xapian document and the unique term it is added under.
    typealias Item = (uniqueTerm: String, document: IndexDocument)

    struct Prepared: @unchecked Sendable {
        // Built by one task, then handed to the writer task and never touched again by the builder.
        var document: Item
        var items: [Item]
    }

    func prepare(_ stored: StoredDocument) throws -> Prepared {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let source = (uniqueTerm: Schema.uniqueTerm(stored.id), document: try sourceDocument(stored, encoder: encoder))
        let items =
            try deadlineItems(stored, encoder: encoder) + obligationItems(stored, encoder: encoder)
            + assignmentItems(stored, encoder: encoder)
        return Prepared(document: source, items: items)
    }

    /// The document itself: its record and text as data, filter terms, sort and facet values, and its words.
    private func sourceDocument(_ stored: StoredDocument, encoder: JSONEncoder) throws -> IndexDocument {
        let record = stored.record
        let document = try IndexDocument()
        try document.setData(Array(try encoder.encode(stored)))
        try addCommonTerms(document, stored: stored, kind: .document)
        for agency in record.agencies { try document.addBooleanTerm(Schema.agencyTerm(agency)) }
        if let identifier = record.identifier { try document.addBooleanTerm(Schema.identifierTerm(identifier)) }
        for reference in record.references { try document.addBooleanTerm(Schema.referenceTerm(reference)) }
        try document.addBooleanTerm(Schema.Prefix.format + stored.format.rawValue)
        if let day = Schema.sortableDate(record.issued) {
            try document.addBooleanTerm(Schema.Prefix.day + day)
            try document.addBooleanTerm(Schema.Prefix.month + day.prefix(6))
            try document.addBooleanTerm(Schema.Prefix.year + day.prefix(4))
            try document.addValue(day, slot: Schema.Slot.issued)
            try document.addValue(String(day.prefix(4)), slot: Schema.Slot.year)
        }
        let deadlineDates = record.deadlines.filter { $0.superseded != true }.compactMap {
            Schema.sortableDate($0.date)
        }
        if let first = deadlineDates.min() { try document.addValue(first, slot: Schema.Slot.deadline) }
        if !record.agencies.isEmpty {
            try document.addValue(
                record.agencies.joined(separator: Schema.multiValueSeparator), slot: Schema.Slot.agencies)
        }
        try document.addValue(record.doctype.rawValue, slot: Schema.Slot.doctype)
        if let ministry = record.ministry { try document.addValue(ministry, slot: Schema.Slot.ministry) }

        try indexer.start(document)
        if let title = record.title {
            try indexer.index(title, prefix: Schema.Prefix.title)
            try indexer.index(title, wdfIncrement: 2, positions: false)
            try indexer.gap()
        }
        try indexer.index(stored.text)
        let parts = compounds.partsText(of: stored.text)
        if !parts.isEmpty { try indexer.index(parts, positions: false) }
        try indexAliases(of: record.agencies)
        return document
    }

    /// One Xapian document per deadline, reached through boolean terms and sorted by its date.
    private func deadlineItems(_ stored: StoredDocument, encoder: JSONEncoder) throws -> [Item] {
        let record = stored.record
        var output: [Item] = []
        for (index, deadline) in record.deadlines.enumerated() {
            let item = DeadlineItem(
                id: stored.id + "-d\(index + 1)", documentId: stored.id, path: stored.path, doctype: record.doctype,
                identifier: record.identifier, title: record.title, deadline: deadline,
                agencies: actorAgencies(deadline.actor, record: record), issued: record.issued,
                references: record.references)
            let xapian = try IndexDocument()
            try xapian.setData(Array(try encoder.encode(item)))
            try addCommonTerms(xapian, stored: stored, kind: .deadline)
            try xapian.addBooleanTerm(Schema.Prefix.deadlineKind + deadline.kind.rawValue)
            if deadline.replaces != nil {
                // A report finds the moves that concern its deadlines by the directives they cite.
                try xapian.addBooleanTerm(Schema.movesDeadlineTerm)
                for reference in record.references { try xapian.addBooleanTerm(Schema.referenceTerm(reference)) }
            }
            for agency in item.agencies { try xapian.addBooleanTerm(Schema.agencyTerm(agency)) }
            if deadline.recurring {
                // "0000MMDD" whether or not a first year is given: before every dated value, so a report's date
                // window takes all recurring items with one range and expands them itself.
                try xapian.addValue("0000" + deadline.date.suffix(5).filter(\.isNumber), slot: Schema.Slot.deadline)
            } else if let day = Schema.sortableDate(deadline.date) {
                try xapian.addValue(day, slot: Schema.Slot.deadline)
            }
            try xapian.addValue(String(index).leftPadded(to: 4), slot: Schema.Slot.order)
            // Deadline and obligation items are reached through boolean terms only (reports filter, never rank them),
            // so their words are not indexed again: the document already holds them.
            output.append((Schema.uniqueTerm(item.id), xapian))
        }
        return output
    }

    /// One Xapian document per obligation, carrying the agency its actor names.
    private func obligationItems(_ stored: StoredDocument, encoder: JSONEncoder) throws -> [Item] {
        let record = stored.record
        var output: [Item] = []
        let effective = record.deadlines.first { $0.superseded != true }?.date
        for (index, obligation) in record.obligations.enumerated() {
            let agency = register.canonicalName(for: obligation.actor)
            let item = ObligationItem(
                id: stored.id + "-o\(index + 1)", documentId: stored.id, path: stored.path, doctype: record.doctype,
                identifier: record.identifier, title: record.title, issued: record.issued, obligation: obligation,
                agency: agency, deadline: effective, order: index)
            let xapian = try IndexDocument()
            try xapian.setData(Array(try encoder.encode(item)))
            try addCommonTerms(xapian, stored: stored, kind: .obligation)
            if let agency { try xapian.addBooleanTerm(Schema.agencyTerm(agency)) }
            try xapian.addValue(String(index).leftPadded(to: 4), slot: Schema.Slot.order)
            if let day = Schema.sortableDate(record.issued) { try xapian.addValue(day, slot: Schema.Slot.issued) }
            output.append((Schema.uniqueTerm(item.id), xapian))
        }
        return output
    }

    /// One Xapian document per assignment, searchable by its recipient, section, task and linked title.
    private func assignmentItems(_ stored: StoredDocument, encoder: JSONEncoder) throws -> [Item] {
        let record = stored.record
        var output: [Item] = []
        for (index, assignment) in record.assignments.enumerated() {
            let agency = register.canonicalName(for: assignment.recipient)
            let item = AssignmentItem(
                id: stored.id + "-a\(index + 1)", documentId: stored.id, path: stored.path, doctype: record.doctype,
                issued: record.issued, identifier: record.identifier, title: record.title, assignment: assignment,
                agency: agency,
                order: index)
            let xapian = try IndexDocument()
            try xapian.setData(Array(try encoder.encode(item)))
            try addCommonTerms(xapian, stored: stored, kind: .assignment)
            if let agency {
                try xapian.addBooleanTerm(Schema.agencyTerm(agency))
                try xapian.addValue(agency, slot: Schema.Slot.agencies)
            }
            for reference in assignment.references { try xapian.addBooleanTerm(Schema.referenceTerm(reference)) }
            try xapian.addValue(String(index).leftPadded(to: 4), slot: Schema.Slot.order)
            try indexer.start(xapian)
            try indexer.index(assignment.recipient, wdfIncrement: 2, positions: false)
            for part in [assignment.section, assignment.task, assignment.linked].compactMap({ $0 }) {
                try indexer.gap()
                try indexer.index(part, positions: false)
            }
            if let agency { try indexAliases(of: [agency]) }
            output.append((Schema.uniqueTerm(item.id), xapian))
        }
        return output
    }

    /// Every Xapian document carries its kind and its file (which is also an item's parent); the doctype and
    /// ministry filters of `search` apply to documents and assignments only, so only they carry those terms.
    private func addCommonTerms(_ document: IndexDocument, stored: StoredDocument, kind: ItemKind) throws {
        try document.addBooleanTerm(Schema.kindTerm(kind))
        try document.addBooleanTerm(Schema.fileTerm(stored.id))
        guard kind == .document || kind == .assignment else { return }
        try document.addBooleanTerm(Schema.doctypeTerm(stored.record.doctype))
        if let ministry = stored.record.ministry { try document.addBooleanTerm(Schema.ministryTerm(ministry)) }
    }

    /// Abbreviations and other names of the agencies a text names, so a search for "MUCF" finds the full name.
    private func indexAliases(of agencies: [String]) throws {
        guard !agencies.isEmpty else { return }
        try indexer.gap()
        for agency in agencies {
            for alias in aliases[agency] ?? [] {
                try indexer.index(alias, positions: false)
            }
        }
    }

    private func actorAgencies(_ actor: String?, record: Record) -> [String] {
        guard let actor else { return [] }
        if let single = register.canonicalName(for: actor) { return [single] }
        // "Statens skolinspektion, Statens skolverk och …": every agency the actor names.
        return record.agencies.filter { actor.localizedCaseInsensitiveContains($0) }
    }
}

/// Facts from `head`: canonical URL, `<title>`.
enum HeadMetadata {
    static func canonicalURL(_ tree: MarkupTree) -> String? {
        for link in tree.elements(named: "link") where tree.attribute("rel", of: link) == "canonical" {
            if let href = tree.attribute("href", of: link), !href.isEmpty { return href }
        }
        for meta in tree.elements(named: "meta") where tree.attribute("property", of: meta) == "og:url" {
            if let content = tree.attribute("content", of: meta), !content.isEmpty { return content }
        }
        return nil
    }

    /// The content of `<meta name="…">`.
    static func meta(_ tree: MarkupTree, named name: String) -> String? {
        for meta in tree.elements(named: "meta") where tree.attribute("name", of: meta) == name {
            if let content = tree.attribute("content", of: meta), !content.isEmpty { return content }
        }
        return nil
    }

    /// The `<title>` text without a " - Site" suffix.
    static func title(_ tree: MarkupTree) -> String? {
        guard let node = tree.firstElement(named: "title") else { return nil }
        var text = tree.textContent(node)
        // A site name after the last " - " or " | ": short, capitalised ("Regeringen.se", "Arbetsmiljöverket").
        for separator in [" - ", " | "] {
            if let range = text.ranges(of: separator).last {
                let suffix = text[range.upperBound...]
                let isSiteName =
                    suffix.count < 40 && suffix.first?.isUppercase == true
                    && (suffix.contains(".") || suffix.split(separator: " ").count <= 3)
                if isSiteName { text = String(text[..<range.lowerBound]) }
            }
        }
        return text.isEmpty ? nil : text
    }
}

/// Names of ministries (departement) as documents write them, and the ministry codes of diarienummer.
package enum Ministries {
    /// The first ministry named in `text`, capitalised ("arbetsmarknadsdepartementet" → "Arbetsmarknadsdepartementet").
    static func first(in text: String) -> String? {
        if let match = text.firstMatch(of: Patterns.ministry) {
            return capitalised(String(match.1))
        }
        if text.containsBytes("Statsrådsberedningen") { return "Statsrådsberedningen" }
        return nil
    }

    /// A ministry in parentheses on its own, as signatures end: "(Justitiedepartementet)".
    package static func signature(in text: String) -> String? {
        // Cheap byte checks first: this runs on every block of a document.
        guard text.utf8.count < 240, text.utf8.last == UInt8(ascii: ")"), text.containsBytes("departementet)"),
            let match = text.firstMatch(of: Patterns.ministrySignature)
        else { return nil }
        return String(match.1)
    }

    /// The ministry of a diarienummer ("Fi2025/02181" → Finansdepartementet), by its prefix and year.
    package static func fromDiarienummer(_ number: String) -> String? {
        guard let match = number.firstMatch(of: Patterns.diarienummerPrefix), let year = Int(match.2)
        else { return nil }
        switch String(match.1) {
        case "A": return "Arbetsmarknadsdepartementet"
        case "Fi": return "Finansdepartementet"
        case "Fö": return "Försvarsdepartementet"
        case "Ju": return "Justitiedepartementet"
        case "Ku": return "Kulturdepartementet"
        case "KN": return "Klimat- och näringslivsdepartementet"
        case "LI": return "Landsbygds- och infrastrukturdepartementet"
        case "I": return "Infrastrukturdepartementet"
        case "M": return (2015...2018).contains(year) ? "Miljö- och energidepartementet" : "Miljödepartementet"
        case "N": return "Näringsdepartementet"
        case "S": return "Socialdepartementet"
        case "SB": return "Statsrådsberedningen"
        case "U": return "Utbildningsdepartementet"
        case "UD": return "Utrikesdepartementet"
        case "Jo": return "Jordbruksdepartementet"
        case "L": return "Landsbygdsdepartementet"
        case "IJ": return "Integrations- och jämställdhetsdepartementet"
        default: return nil
        }
    }

    private static func capitalised(_ name: String) -> String {
        guard let first = name.first, first.isLowercase else { return name }
        return first.uppercased() + name.dropFirst()
    }
}

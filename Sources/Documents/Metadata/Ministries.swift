/// Names of ministries (departement) as documents write them, and the ministry codes of diarienummer.
enum Ministries {
    /// The first ministry named in `text`, capitalised ("arbetsmarknadsdepartementet" → "Arbetsmarknadsdepartementet").
    static func first(in text: String) -> String? {
        if let match = text.firstMatch(of: /([A-ZÅÄÖa-zåäö][a-zåäö]*(?:- och [a-zåäö]+)?departementet)/) {
            return capitalised(String(match.1))
        }
        if text.contains("Statsrådsberedningen") { return "Statsrådsberedningen" }
        return nil
    }

    /// A ministry in parentheses on its own, as signatures end: "(Justitiedepartementet)".
    static func signature(in text: String) -> String? {
        guard text.count < 120,
            let match = text.firstMatch(of: /\(([A-ZÅÄÖ][a-zåäö]*(?:- och [a-zåäö]+)?departementet)\)\s*$/)
        else { return nil }
        return String(match.1)
    }

    /// The ministry of a diarienummer ("Fi2025/02181" → Finansdepartementet), by its prefix and year.
    static func fromDiarienummer(_ number: String) -> String? {
        guard let match = number.firstMatch(of: /^([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3})(\d{4})\//), let year = Int(match.2)
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

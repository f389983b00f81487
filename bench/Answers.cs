using System.Globalization;

namespace LeadBot.Bench;

/// <summary>
/// Realistic answers per question step (channelData.leadbot.step), in German or English, varied per conversation so
/// every conversation stores its own lead (distinct name, e-mail, company, phone). The variants are phrasings the bot
/// understands; when a question is asked again (a re-prompt) the canonical answer of the conversation tests is used.
/// </summary>
public sealed class Answers
{
    public static readonly string[] Steps = ["consent", "name", "email", "company", "phone", "need", "authority", "budget", "timeline", "confirm"];

    private static readonly string[] GermanFirst = ["Erika", "Max", "Jonas", "Lena", "Lukas", "Anna", "Felix", "Marie", "Paul", "Sophie", "Jürgen", "Ömer", "Katharina", "Tobias"];
    private static readonly string[] GermanLast = ["Musterfrau", "Mustermann", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Wolf", "Neumann"];
    private static readonly string[] GermanCompanies = ["Beispiel AG", "Muster GmbH", "Nordlicht Logistik GmbH", "Bergmann & Söhne KG", "Rheintal Software GmbH", "Alpen Maschinenbau AG"];
    private static readonly string[] GermanConsent = ["ja", "Ja, gerne", "ja", "einverstanden", "ok"];
    private static readonly string[] GermanNeed = ["die erste", "die erste", "Leads gewinnen und qualifizieren", "Wir wollen neue Leads gewinnen"];
    private static readonly string[] GermanAuthority = ["Ich entscheide", "Ich entscheide", "Ich bin der Geschäftsführer"];
    private static readonly string[] GermanBudget = ["ca. 50.000 €", "ca. 20k €", "100.000 CHF", "Wir haben etwa 50.000 Euro Budget"];
    private static readonly string[] GermanTimeline = ["in drei Monaten", "in einem Monat", "nächstes Jahr", "in drei Monaten"];
    private static readonly string[] GermanConfirm = ["ja", "ja", "Ja, passt"];

    private static readonly string[] EnglishFirst = ["John", "Mary", "James", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Susan"];
    private static readonly string[] EnglishLast = ["Example", "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Taylor", "Clark", "Walker"];
    private static readonly string[] EnglishCompanies = ["Example Inc", "Acme Corp", "Northwind Traders", "Contoso Ltd", "Fabrikam LLC", "Tailspin Toys"];
    private static readonly string[] EnglishConsent = ["yes", "Yes, sure", "yes", "ok"];
    private static readonly string[] EnglishNeed = ["the first", "the first", "Win and qualify leads"];
    private static readonly string[] EnglishAuthority = ["I decide", "I decide", "I'm the CEO"];
    private static readonly string[] EnglishBudget = ["50k", "about 50000 euros", "50k", "100.000 CHF"];
    private static readonly string[] EnglishTimeline = ["within 3 months", "in one month", "next quarter", "within 3 months"];
    private static readonly string[] EnglishConfirm = ["yes", "yes", "Yes, that's right"];

    private static readonly Dictionary<string, string> GermanCanonical = new()
    {
        ["consent"] = "ja", ["name"] = "Erika Musterfrau", ["company"] = "Beispiel AG", ["phone"] = "030 1234567",
        ["need"] = "die erste", ["authority"] = "Ich entscheide", ["budget"] = "ca. 50.000 €", ["timeline"] = "in drei Monaten",
        ["confirm"] = "ja",
    };

    private static readonly Dictionary<string, string> EnglishCanonical = new()
    {
        ["consent"] = "yes", ["name"] = "John Example", ["company"] = "Example Inc", ["phone"] = "+1 212 736 5000",
        ["need"] = "the first", ["authority"] = "I decide", ["budget"] = "50k", ["timeline"] = "within 3 months",
        ["confirm"] = "yes",
    };

    private readonly string _first;
    private readonly string _last;
    private readonly string _email;
    private readonly string _phone;
    private readonly int _seed;

    public Answers(bool german, string runId, int index)
    {
        German = german;
        _seed = index;
        var first = german ? GermanFirst : EnglishFirst;
        var last = german ? GermanLast : EnglishLast;
        _first = first[index % first.Length];
        _last = last[(index / first.Length) % last.Length];
        var domain = german ? $"beispiel-{index % 7}.de" : $"example-{index % 7}.com";
        _email = $"{Ascii(_first)}.{Ascii(_last)}.{runId}.{index.ToString(CultureInfo.InvariantCulture)}@{domain}".ToLowerInvariant();
        var n = (1_000_000 + (index * 7919 % 8_999_999)).ToString(CultureInfo.InvariantCulture);
        // Numbers libphonenumber accepts as possible and valid: a Berlin number, or a New York one (exchange 200-999).
        var exchange = (200 + (index % 800)).ToString(CultureInfo.InvariantCulture);
        _phone = german ? $"030 {n}" : $"+1 212 {exchange} {n[3..]}";
    }

    public bool German { get; }

    public string Locale => German ? "de-DE" : "en-US";

    public string Greeting => German ? "Hallo" : "Hello";

    public string Email => _email;

    /// <summary>The answer to <paramref name="step"/>; <paramref name="attempt"/> &gt; 0 on a re-prompt.</summary>
    public string For(string step, int attempt)
    {
        if (attempt > 0 && step != "email")
        {
            return (German ? GermanCanonical : EnglishCanonical).TryGetValue(step, out var canonical) ? canonical : Pick(German ? GermanConfirm : EnglishConfirm);
        }

        return step switch
        {
            "consent" => Pick(German ? GermanConsent : EnglishConsent),
            "name" => $"{_first} {_last}",
            "email" => _email,
            "company" => Pick(German ? GermanCompanies : EnglishCompanies),
            "phone" => _phone,
            "need" => Pick(German ? GermanNeed : EnglishNeed),
            "authority" => Pick(German ? GermanAuthority : EnglishAuthority),
            "budget" => Pick(German ? GermanBudget : EnglishBudget),
            "timeline" => Pick(German ? GermanTimeline : EnglishTimeline),
            "confirm" => Pick(German ? GermanConfirm : EnglishConfirm),
            _ => German ? "ja" : "yes",
        };
    }

    private string Pick(string[] options) => options[(_seed / 3 + options.Length) % options.Length];

    private static string Ascii(string s) => s
        .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
        .Replace("ü", "ue", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal)
        .Replace("ß", "ss", StringComparison.Ordinal);
}

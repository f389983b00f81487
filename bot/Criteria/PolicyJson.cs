using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using LeadBot.Dialogs.Domain;

namespace LeadBot.Bot.Criteria;

/// <summary>
/// The qualification policy as JSON: how a version is stored, how the workbench sends a proposal, and the list of
/// changed settings between two versions. Property names as in appsettings.json ("MqlThreshold", "Budget": {…}), so a
/// stored version reads like the configuration section it replaces.
/// </summary>
public static class PolicyJson
{
    /// <summary>Populate keeps the case-insensitive dictionaries the policy's properties start with (labels, rates).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        PropertyNameCaseInsensitive = true,
    };

    public static string Serialize(QualificationPolicy policy) => JsonSerializer.Serialize(policy, Options);

    /// <summary>Reads a policy; a malformed document, an unknown property or a null where the policy needs a value
    /// throws <see cref="JsonException"/>.</summary>
    public static QualificationPolicy Deserialize(string json) =>
        Complete(JsonSerializer.Deserialize<QualificationPolicy>(json, Options));

    public static QualificationPolicy Deserialize(JsonNode node) => Complete(node.Deserialize<QualificationPolicy>(Options));

    /// <summary>JSON can say null where the configuration binder never leaves one (a section, a list, a word in a synonym
    /// list); the conversation would fail on it later, so it is refused here, naming the key.</summary>
    private static QualificationPolicy Complete(QualificationPolicy? policy)
    {
        const string s = QualificationPolicy.SectionName;
        if (policy is null)
        {
            throw new JsonException("The policy is null.");
        }

        static void Require(object? value, string key)
        {
            if (value is null)
            {
                throw new JsonException($"{key} must not be null.");
            }
        }

        Require(policy.Need, $"{s}:Need");
        Require(policy.Authority, $"{s}:Authority");
        Require(policy.Budget, $"{s}:Budget");
        Require(policy.Timeline, $"{s}:Timeline");
        Require(policy.Budget.ExchangeRates, $"{s}:Budget:ExchangeRates");
        foreach (var (list, name) in new[] { (policy.Needs, "Needs"), (policy.Roles, "Roles") })
        {
            Require(list, $"{s}:{name}");
            for (var i = 0; i < list.Count; i++)
            {
                var key = $"{s}:{name}:{i}";
                Require(list[i], key);
                Require(list[i].Labels, key + ":Labels");
                Require(list[i].Synonyms, key + ":Synonyms");
                foreach (var (language, words) in list[i].Synonyms)
                {
                    Require(words, $"{key}:Synonyms:{language}");
                    if (words.Any(string.IsNullOrWhiteSpace))
                    {
                        throw new JsonException($"{key}:Synonyms:{language} must not hold an empty entry.");
                    }
                }
            }
        }

        return policy;
    }

    /// <summary>A deep copy (a proposal is edited without touching the version in force).</summary>
    public static QualificationPolicy Clone(QualificationPolicy policy) => Deserialize(Serialize(policy));

    /// <summary>Every setting whose value differs, by configuration key ("Qualification:Needs:0:Points"), in key order.</summary>
    public static IReadOnlyList<PolicyChange> Diff(QualificationPolicy before, QualificationPolicy after)
    {
        var a = Flatten(before);
        var b = Flatten(after);
        var changes = new List<PolicyChange>();
        foreach (var key in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            a.TryGetValue(key, out var from);
            b.TryGetValue(key, out var to);
            if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                changes.Add(new PolicyChange(key, from, to));
            }
        }

        return changes;
    }

    public static string SerializeChanges(IReadOnlyList<PolicyChange> changes) => JsonSerializer.Serialize(changes, Options);

    public static IReadOnlyList<PolicyChange> DeserializeChanges(string json) =>
        JsonSerializer.Deserialize<List<PolicyChange>>(json, Options) ?? [];

    /// <summary>Leaf values by configuration key. Dictionary keys (languages, currencies) are upper-cased for currencies
    /// and lower-cased otherwise, so "usd" and "USD" are one setting, as the configuration binder treats them.</summary>
    private static Dictionary<string, string> Flatten(QualificationPolicy policy)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(JsonSerializer.SerializeToNode(policy, Options), QualificationPolicy.SectionName, values);
        return values;
    }

    private static void Walk(JsonNode? node, string key, Dictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var part = key.EndsWith(":ExchangeRates", StringComparison.Ordinal) ? name.ToUpperInvariant()
                        : key.EndsWith(":Labels", StringComparison.Ordinal) || key.EndsWith(":Synonyms", StringComparison.Ordinal) ? name.ToLowerInvariant()
                        : name;
                    Walk(child, key + ":" + part, values);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], key + ":" + i.ToString(CultureInfo.InvariantCulture), values);
                }

                break;
            case null:
                break;
            default:
                values[key] = node.ToJsonString(Options);
                break;
        }
    }
}

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

    /// <summary>Reads a policy; a malformed document or an unknown property throws <see cref="JsonException"/>.</summary>
    public static QualificationPolicy Deserialize(string json) =>
        JsonSerializer.Deserialize<QualificationPolicy>(json, Options) ?? throw new JsonException("The policy is null.");

    public static QualificationPolicy Deserialize(JsonNode node) =>
        node.Deserialize<QualificationPolicy>(Options) ?? throw new JsonException("The policy is null.");

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

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LeadBot.Bot.Teams.Cards;

/// <summary>
/// An Adaptive Card template embedded as JSON, filled by JSON DOM substitution, never by string concatenation of JSON:
/// <c>{{path}}</c> tokens inside string values are replaced by values of the model (so any text a prospect typed stays a
/// JSON string value and is never parsed as card JSON), an element marked <c>"$repeat": "list", "$as": "item"</c> is
/// cloned per list item, and an element marked <c>"$when": "path"</c> is kept only when that model value is
/// <c>true</c>. An <c>ActionSet</c> left without actions is dropped (an empty one is invalid).
/// </summary>
public sealed partial class CardTemplate
{
    private readonly JsonObject _template;

    private CardTemplate(JsonObject template) => _template = template;

    /// <summary>Loads the embedded resource <paramref name="resourceName"/> of this assembly.</summary>
    public static CardTemplate Load(string resourceName)
    {
        using var stream = typeof(CardTemplate).Assembly.GetManifestResourceStream(resourceName)
                           ?? throw new InvalidOperationException($"The embedded card template {resourceName} is missing.");
        return new CardTemplate(JsonNode.Parse(stream)!.AsObject());
    }

    /// <summary>The card for <paramref name="model"/>: nested dictionaries of strings, booleans and lists of dictionaries.</summary>
    public JsonObject Expand(IReadOnlyDictionary<string, object?> model) => (JsonObject)Expand(_template, model)!;

    [GeneratedRegex(@"\{\{([A-Za-z0-9_.]+)\}\}")]
    private static partial Regex Token();

    private static JsonNode? Expand(JsonNode? node, IReadOnlyDictionary<string, object?> scope)
    {
        switch (node)
        {
            case JsonObject obj:
            {
                var result = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    if (name is "$repeat" or "$as" or "$when")
                    {
                        continue;
                    }

                    if (value is JsonObject child && !Included(child, scope))
                    {
                        continue;
                    }

                    result[name] = Expand(value, scope);
                }

                return result;
            }

            case JsonArray array:
            {
                var result = new JsonArray();
                foreach (var element in array)
                {
                    if (element is JsonObject item && !Included(item, scope))
                    {
                        continue;
                    }

                    if (element is JsonObject repeated && repeated["$repeat"]?.GetValue<string>() is { } path)
                    {
                        var alias = repeated["$as"]?.GetValue<string>() ?? "item";
                        if (Resolve(scope, path) is IEnumerable<IReadOnlyDictionary<string, object?>> list)
                        {
                            foreach (var entry in list)
                            {
                                var inner = new Dictionary<string, object?>(scope) { [alias] = entry };
                                result.Add(Expand(repeated, inner));
                            }
                        }

                        continue;
                    }

                    var expanded = Expand(element, scope);
                    if (expanded is JsonObject { } set && set["type"]?.GetValue<string>() == "ActionSet" && set["actions"] is JsonArray { Count: 0 })
                    {
                        continue;
                    }

                    result.Add(expanded);
                }

                return result;
            }

            case JsonValue value when value.TryGetValue<string>(out var text):
                // One pass: a replaced value is never scanned again, so "{{…}}" typed by a prospect stays literal text.
                return JsonValue.Create(Token().Replace(text, m => Resolve(scope, m.Groups[1].Value) switch
                {
                    string s => s,
                    null => throw new InvalidOperationException($"The card template uses {{{{{m.Groups[1].Value}}}}}, which has no value."),
                    var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                }));

            default:
                return node?.DeepClone();
        }
    }

    private static bool Included(JsonObject element, IReadOnlyDictionary<string, object?> scope) =>
        element["$when"]?.GetValue<string>() is not { } condition || Resolve(scope, condition) is true;

    private static object? Resolve(IReadOnlyDictionary<string, object?> scope, string path)
    {
        object? current = scope;
        foreach (var part in path.Split('.'))
        {
            if (current is IReadOnlyDictionary<string, object?> dictionary && dictionary.TryGetValue(part, out var next))
            {
                current = next;
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}

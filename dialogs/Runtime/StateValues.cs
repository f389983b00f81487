using System.Globalization;
using Newtonsoft.Json.Linq;

namespace LeadBot.Dialogs.Runtime;

/// <summary>
/// Defensive reads of persisted dialog state. After a round trip through Bot Framework storage a value may come back as
/// its own type (TypeNameHandling.All), as JObject/JArray/JValue, or with a wider numeric type (int → long).
/// </summary>
public static class StateValues
{
    /// <summary>Converts a persisted value to <typeparamref name="T"/>; default when null or not convertible.</summary>
    public static T? ConvertTo<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case T typed:
                return typed;
            case JToken token:
                if (token.Type == JTokenType.Null)
                {
                    return default;
                }

                try
                {
                    return token.ToObject<T>();
                }
                catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or FormatException or InvalidCastException or ArgumentException)
                {
                    return default;
                }
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target) && !target.IsEnum)
        {
            try
            {
                return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException)
            {
                return default;
            }
        }

        if (target.IsEnum && value is string or long or int)
        {
            try
            {
                return value is string s ? (T)Enum.Parse(target, s, true) : (T)Enum.ToObject(target, value);
            }
            catch (ArgumentException)
            {
                return default;
            }
        }

        try
        {
            return JToken.FromObject(value).ToObject<T>();
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or FormatException or InvalidCastException or ArgumentException)
        {
            return default;
        }
    }

    /// <summary>Reads <paramref name="key"/> from a state bag as <typeparamref name="T"/>.</summary>
    public static T? GetValue<T>(this IDictionary<string, object?> state, string key) =>
        state.TryGetValue(key, out var value) ? ConvertTo<T>(value) : default;

    /// <summary>Reads <paramref name="key"/>, converting it in place so later reads and writes share one object.</summary>
    internal static T GetOrCreate<T>(IDictionary<string, object?> state, string key, Func<T> create)
        where T : class
    {
        if (state.TryGetValue(key, out var value))
        {
            if (value is T typed)
            {
                return typed;
            }

            var converted = ConvertTo<T>(value);
            if (converted != null)
            {
                state[key] = converted;
                return converted;
            }
        }

        var created = create();
        state[key] = created;
        return created;
    }

    /// <summary>A dictionary-shaped persisted value as a mutable IDictionary, converted in place.</summary>
    internal static IDictionary<string, object?> GetBag(IDictionary<string, object?> state, string key) =>
        GetOrCreate<IDictionary<string, object?>>(state, key, () => new Dictionary<string, object?>());
}

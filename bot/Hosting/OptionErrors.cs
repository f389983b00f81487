using System.Globalization;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Hosting;

/// <summary>
/// What is wrong with one configuration section, each message naming its full key, so that start-up lists every bad
/// setting at once instead of stopping at the first.
/// </summary>
internal sealed class OptionErrors(string section)
{
    private readonly List<string> errors = [];

    /// <summary>Records an error unless <paramref name="value"/> lies within [min, max].</summary>
    public void Range(string key, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{section}:{key} must be between {min} and {max} (was {value})."));
        }
    }

    public void Add(string message) => errors.Add(message);

    public ValidateOptionsResult Result => errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}

using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Recognizers.Text;
using LeadBot.Dialogs.Recognition;

namespace LeadBot.Dialogs.Runtime.Prompts;

/// <summary>Number prompt for int, long, float, double and decimal (docs/dialog-runtime.md, rule 24): the first number, else the first currency,
/// age, temperature or dimension value, parsed in the culture; a failed parse (e.g. "3.5" for int) is not recognized.</summary>
public class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        var t = typeof(T);
        if (t != typeof(int) && t != typeof(long) && t != typeof(float) && t != typeof(double) && t != typeof(decimal))
        {
            throw new NotSupportedException($"NumberPrompt: type argument T of type '{t.Name}' is not supported.");
        }

        DefaultLocale = defaultLocale;
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<T>();
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Text))
        {
            return Task.FromResult(result);
        }

        // The recognizer culture keeps the activity's own locale (e.g. nl-nl) when the recognizers support it.
        var locale = (activity.Locale ?? DefaultLocale ?? Culture.English).ToLowerInvariant();
        var recognizerCulture = Culture.SupportedCultures.Any(c => c.CultureCode == locale) ? locale : RecognizerCulture.Normalize(locale);
        var text = activity.Text;

        var models = RecognizerModels.For(recognizerCulture);
        var found = models.Numbers(text).FirstOrDefault()
            ?? models.Currencies(text).FirstOrDefault(HasValue)
            ?? models.Ages(text).FirstOrDefault(HasValue)
            ?? models.Temperatures(text).FirstOrDefault(HasValue)
            ?? models.Dimensions(text).FirstOrDefault(HasValue);

        if (found?.Resolution != null && found.Resolution.TryGetValue("value", out var raw) && raw is string s &&
            TryParse(s, FormatFor(recognizerCulture), out var value))
        {
            result.Succeeded = true;
            result.Value = value;
        }

        return Task.FromResult(result);
    }

    private static bool HasValue(ModelResult r) => r.Resolution != null && r.Resolution.TryGetValue("value", out var v) && v is string;

    private static CultureInfo FormatFor(string culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static bool TryParse(string s, CultureInfo culture, out T value)
    {
        const NumberStyles styles = NumberStyles.Float | NumberStyles.AllowThousands;
        object? parsed = null;
        if (typeof(T) == typeof(int) && int.TryParse(s, NumberStyles.Integer | NumberStyles.AllowThousands, culture, out var i)) parsed = i;
        else if (typeof(T) == typeof(long) && long.TryParse(s, NumberStyles.Integer | NumberStyles.AllowThousands, culture, out var l)) parsed = l;
        else if (typeof(T) == typeof(float) && float.TryParse(s, styles, culture, out var f)) parsed = f;
        else if (typeof(T) == typeof(double) && double.TryParse(s, styles, culture, out var d)) parsed = d;
        else if (typeof(T) == typeof(decimal) && decimal.TryParse(s, styles, culture, out var m)) parsed = m;

        value = parsed is T t ? t : default;
        return parsed != null;
    }
}

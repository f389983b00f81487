using System.Text.RegularExpressions;
using System.Collections.Concurrent;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using Microsoft.Recognizers.Text.Sequence;

namespace LeadBot.Dialogs.Recognition;

/// <summary>
/// One set of recognizer models per culture, constructed once (regex construction is the expensive part) and shared:
/// the models are stateless after construction and safe to use from several threads.
/// </summary>
internal sealed class RecognizerModels
{
    private static readonly ConcurrentDictionary<string, Lazy<RecognizerModels>> Cache = new(System.StringComparer.Ordinal);

    private readonly Lazy<IModel> _number;
    private readonly Lazy<IModel> _ordinal;
    private readonly Lazy<IModel> _currency;
    private readonly Lazy<IModel> _age;
    private readonly Lazy<IModel> _temperature;
    private readonly Lazy<IModel> _dimension;
    private readonly Lazy<IModel> _email;
    private readonly Lazy<DateTimeModel> _dateTime;

    private RecognizerModels(string culture)
    {
        Culture = culture;
        _number = new(() => new NumberRecognizer(culture).GetNumberModel(culture, fallbackToDefaultCulture: true));
        _ordinal = new(() => new NumberRecognizer(culture).GetOrdinalModel(culture, fallbackToDefaultCulture: true));
        _currency = new(() => new NumberWithUnitRecognizer(culture).GetCurrencyModel(culture, fallbackToDefaultCulture: true));
        _age = new(() => new NumberWithUnitRecognizer(culture).GetAgeModel(culture, fallbackToDefaultCulture: true));
        _temperature = new(() => new NumberWithUnitRecognizer(culture).GetTemperatureModel(culture, fallbackToDefaultCulture: true));
        _dimension = new(() => new NumberWithUnitRecognizer(culture).GetDimensionModel(culture, fallbackToDefaultCulture: true));
        _email = new(() => new SequenceRecognizer(culture).GetEmailModel(culture, fallbackToDefaultCulture: true));
        _dateTime = new(() => new DateTimeRecognizer(culture, DateTimeOptions.None).GetDateTimeModel(culture, fallbackToDefaultCulture: true));
    }

    public string Culture { get; }

    /// <summary>The models for a recognizer culture code (e.g. "de-de", "en-us", "nl-nl"); unknown cultures fall back to English.</summary>
    public static RecognizerModels For(string culture) =>
        Cache.GetOrAdd(culture.ToLowerInvariant(), c => new Lazy<RecognizerModels>(() => new RecognizerModels(c))).Value;

    public List<ModelResult> Numbers(string text) => Parse(_number, text);

    public List<ModelResult> Ordinals(string text) => Parse(_ordinal, text);

    public List<ModelResult> Currencies(string text) => Parse(_currency, text);

    public List<ModelResult> Ages(string text) => Parse(_age, text);

    public List<ModelResult> Temperatures(string text) => Parse(_temperature, text);

    public List<ModelResult> Dimensions(string text) => Parse(_dimension, text);

    public List<ModelResult> Emails(string text) => Parse(_email, text);

    public List<ModelResult> DateTimes(string text, DateTime reference)
    {
        try
        {
            return _dateTime.Value.Parse(text, reference);
        }
        catch (RegexMatchTimeoutException)
        {
            return new List<ModelResult>();
        }
    }

    private static List<ModelResult> Parse(Lazy<IModel> model, string text)
    {
        try
        {
            return model.Value.Parse(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return new List<ModelResult>();
        }
    }
}

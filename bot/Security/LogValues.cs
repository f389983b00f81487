namespace LeadBot.Bot.Security;

/// <summary>Values a caller chose, made safe for one log line: cut to a readable length, line breaks and control
/// characters replaced, so an id cannot fill the log or forge a second line.</summary>
public static class LogValues
{
    public const int MaxIdLength = 64;

    public static string Id(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "-";
        }

        var cut = value.Length > MaxIdLength ? value[..MaxIdLength] : value;
        var clean = string.Create(cut.Length, cut, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) || char.IsSurrogate(source[i]) ? '?' : source[i];
            }
        });
        return value.Length > MaxIdLength ? $"{clean}…({value.Length} chars)" : clean;
    }
}

using System.Globalization;

namespace LeadBot.Bot.Turns;

/// <summary>
/// Bot Builder gives every turn a new <see cref="CultureInfo"/> of the activity's locale, and a new instance reads its
/// number and date formats from ICU again the first time the recognizers use it; the process-wide read-only instance
/// of the same culture has the same formats, read once. The culture flows with the turn and is back to the caller's
/// when the turn returns.
/// </summary>
internal static class SharedTurnCulture
{
    public static void Apply()
    {
        var culture = CultureInfo.CurrentCulture;
        if (!culture.IsReadOnly && culture.Name.Length > 0)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture.Name);
        }
    }
}

using System.Globalization;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Resources;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Step 3a: the prospect's name. Accepts "Erika Musterfrau" as well as "Ich heiße Erika Musterfrau".</summary>
public sealed class NameQuestion(QualificationServices services) : QuestionDialog(QuestionSteps.Name, services)
{
    /// <summary>A name is short; a longer message is a mixed answer ("Hi, ich bin Max von der Acme GmbH, …") at most.</summary>
    public override int MaxAnswerLength => 300;

    /// <summary>The name without a leading "my name is" / "ich heiße", or null when it does not look like a name.</summary>
    public static string? Clean(string? text)
    {
        var name = (text ?? "").Trim().TrimEnd('.', '!');
        foreach (var language in SupportedLanguages.All)
        {
            foreach (var prefix in Texts.Get("Name.Prefixes", language).Split('|'))
            {
                if (name.StartsWith(prefix + " ", true, CultureInfo.InvariantCulture))
                {
                    name = name[(prefix.Length + 1)..].Trim();
                }
            }
        }

        var letters = name.Count(char.IsLetter);
        return letters >= 2 && name.Length <= 100 && !name.Contains('@') && name.All(c => !char.IsDigit(c)) ? name : null;
    }

    protected override string AskText(string language, QualificationAnswers answers) => Texts.Get("Ask.Name", language);

    protected override string RetryText(string language) => Texts.Get("Retry.Name", language);
}

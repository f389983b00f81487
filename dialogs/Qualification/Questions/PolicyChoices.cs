using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Runtime.Choices;

namespace LeadBot.Dialogs.Qualification.Questions;

/// <summary>Turns the configured answer choices (needs, roles) into prompt choices in one language.</summary>
internal static class PolicyChoices
{
    public static List<Choice> For(IEnumerable<AnswerChoice> choices, string language) =>
        choices.Select(c => new Choice(c.Label(language)) { Synonyms = [.. c.SynonymsFor(language)] }).ToList();
}

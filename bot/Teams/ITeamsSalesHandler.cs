using Microsoft.Bot.Builder;

namespace LeadBot.Bot.Teams;

/// <summary>
/// The sales side of the bot in Microsoft Teams: learning the team and its channels on install, the sales commands, and
/// the buttons of the lead card. <see cref="Conversation.LeadBotActivityHandler"/> hands every msteams turn here, whole;
/// <see cref="TeamsSalesBot"/> routes it.
/// </summary>
public interface ITeamsSalesHandler : IBot
{
}

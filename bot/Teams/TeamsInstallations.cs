using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace LeadBot.Bot.Teams;

/// <summary>What the bot remembers about the teams it is in: the team, its tenant, its Bot Connector and its channels,
/// kept current through the install (conversationUpdate and installationUpdate), uninstall, channel and rename events.</summary>
public sealed class TeamsInstallations(TeamsStore store, TeamChannelList channelList, TimeProvider clock, ILogger<TeamsInstallations> logger)
{
    public async Task OnMembersAddedAsync(IList<TeamsChannelAccount> membersAdded, TeamInfo? team, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (team?.Id is null || !membersAdded.Any(m => m.Id == botId))
        {
            // A person joined a team, or the bot was added to a personal chat: nothing to remember.
            return;
        }

        await InstallAsync(turnContext, team, cancellationToken);
    }

    /// <summary>installationUpdate "add": in a team the same as the bot joining it (Teams sends both; saving twice is
    /// harmless); in a personal chat a short welcome with the commands.</summary>
    public async Task OnInstallationAddedAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var team = TeamOf(turnContext.Activity);
        if (team?.Id is not null)
        {
            await InstallAsync(turnContext, team, cancellationToken);
            return;
        }

        var culture = Resources.TeamsMessages.CultureFor(((ITurnContext)turnContext).Activity.Locale);
        await TeamsReplies.ReplyAsync(turnContext, Resources.TeamsMessages.Get("Help", culture), cancellationToken);
    }

    /// <summary>installationUpdate "remove": the app was uninstalled from the team.</summary>
    public async Task OnInstallationRemovedAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (TeamOf(turnContext.Activity)?.Id is { } teamId)
        {
            await store.RemoveInstallationAsync(teamId, cancellationToken);
            logger.LogInformation("LeadBot was uninstalled from a Teams team.");
        }
    }

    private static TeamInfo? TeamOf(IActivity activity)
    {
        try
        {
            return (activity as Activity)?.GetChannelData<TeamsChannelData>()?.Team;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private async Task InstallAsync(ITurnContext turnContext, TeamInfo team, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var now = clock.GetUtcNow();
        var installation = new TeamsInstallation
        {
            TeamId = team.Id,
            TeamName = team.Name ?? "",
            TenantId = SalesTenant.TenantOf(activity) ?? "",
            ServiceUrl = activity.ServiceUrl ?? "",
            BotId = activity.Recipient?.Id ?? "",
            BotName = activity.Recipient?.Name ?? "",
            Channels = await FetchChannelsAsync(turnContext, team.Id, cancellationToken),
            InstalledAt = now,
            UpdatedAt = now,
        };
        await store.SaveInstallationAsync(installation, cancellationToken);
        await store.MakeWaitingDueAsync(now, cancellationToken);
        logger.LogInformation("LeadBot was added to a Teams team ({ChannelCount} channels known); waiting notifications will be posted.", installation.Channels.Count);
    }

    public async Task OnMembersRemovedAsync(IList<TeamsChannelAccount> membersRemoved, TeamInfo? team, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (team?.Id is not null && membersRemoved.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
        {
            await store.RemoveInstallationAsync(team.Id, cancellationToken);
            logger.LogInformation("LeadBot was removed from a Teams team.");
        }
    }

    public async Task OnChannelChangedAsync(ChannelInfo channel, TeamInfo team, bool deleted, CancellationToken cancellationToken)
    {
        if (channel?.Id is null || team?.Id is null)
        {
            return;
        }

        await store.UpdateInstallationAsync(team.Id, installation =>
        {
            installation.Channels.RemoveAll(c => c.Id == channel.Id);
            if (!deleted)
            {
                installation.Channels.Add(new TeamsChannelRecord { Id = channel.Id, Name = channel.Name });
            }

            installation.UpdatedAt = clock.GetUtcNow();
        }, cancellationToken);
    }

    public async Task OnTeamRenamedAsync(TeamInfo team, CancellationToken cancellationToken)
    {
        if (team?.Id is null)
        {
            return;
        }

        await store.UpdateInstallationAsync(team.Id, installation =>
        {
            installation.TeamName = team.Name ?? installation.TeamName;
            installation.UpdatedAt = clock.GetUtcNow();
        }, cancellationToken);
    }

    /// <summary>The team's channels from the Bot Connector (<see cref="TeamChannelList"/>); at least the General channel
    /// (id = team id) when it keeps failing, and the install succeeds either way. Without the list a sales channel other
    /// than General stays unknown until a channel event names it.</summary>
    private async Task<List<TeamsChannelRecord>> FetchChannelsAsync(ITurnContext turnContext, string teamId, CancellationToken cancellationToken)
    {
        var channels = (await channelList.FetchAsync(turnContext, teamId, cancellationToken))?.ToList() ?? [];
        var general = channels.FirstOrDefault(c => c.Id == teamId);
        if (general is null)
        {
            channels.Insert(0, new TeamsChannelRecord { Id = teamId, Name = "General" });
        }
        else
        {
            general.Name ??= "General";
        }

        return channels;
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace LeadBot.Bot.Teams;

/// <summary>What the bot remembers about the teams it is in: the team, its tenant, its Bot Connector and its channels,
/// kept current through the install, uninstall, channel and rename events.</summary>
public sealed class TeamsInstallations(TeamsStore store, TimeProvider clock, ILogger<TeamsInstallations> logger)
{
    public async Task OnMembersAddedAsync(IList<TeamsChannelAccount> membersAdded, TeamInfo? team, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (team?.Id is null || !membersAdded.Any(m => m.Id == botId))
        {
            // A person joined a team, or the bot was added to a personal chat: nothing to remember.
            return;
        }

        var now = clock.GetUtcNow();
        var installation = new TeamsInstallation
        {
            TeamId = team.Id,
            TeamName = team.Name ?? "",
            TenantId = SalesTenant.TenantOf(activity) ?? "",
            ServiceUrl = activity.ServiceUrl ?? "",
            BotId = botId ?? "",
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

    /// <summary>The team's channels from the Bot Connector; at least the General channel (id = team id) when that fails.</summary>
    private async Task<List<TeamsChannelRecord>> FetchChannelsAsync(ITurnContext turnContext, string teamId, CancellationToken cancellationToken)
    {
        var channels = new List<TeamsChannelRecord>();
        try
        {
            var list = await TeamsInfo.GetTeamChannelsAsync(turnContext, teamId, cancellationToken);
            channels.AddRange(list.Where(c => !string.IsNullOrEmpty(c.Id)).Select(c => new TeamsChannelRecord { Id = c.Id, Name = c.Name }));
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or OperationCanceledException or InvalidOperationException
                                              or Newtonsoft.Json.JsonException or Microsoft.Rest.SerializationException)
        {
            logger.LogWarning("Could not list the team's channels ({ExceptionType}); only the General channel is known.", exception.GetType().Name);
        }

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

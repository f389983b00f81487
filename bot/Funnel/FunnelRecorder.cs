using LeadBot.Bot.Conversation;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Turns;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Funnel;

/// <summary>
/// Records the funnel from inside every prospect turn (<see cref="IProspectTurnObserver"/>): it collects the step
/// markers of the replies the turn sends, lets <see cref="FunnelObserver"/> decide what moved, keeps the journey's
/// <see cref="FunnelTrack"/> in the conversation state, and hands the journey's change (<see cref="JourneyDelta"/>) to
/// <see cref="PendingJourneys"/> once the turn is committed (a turn that is not committed changes nothing); the turn that
/// stores the lead writes it in its own transaction instead. Reads the database only on the turn after the summary, to
/// see which lead (id and stage) the turn stored.
/// </summary>
internal sealed class FunnelRecorder(
    StagedConversationState conversationState,
    QualificationServices services,
    BotStateDatabase database,
    TimeProvider clock,
    PendingJourneys pending,
    FunnelLeadHandoff? handoff = null) : IProspectTurnObserver
{
    private readonly IStatePropertyAccessor<string> track = conversationState.CreateProperty<string>(FunnelTrack.PropertyName);

    public IProspectTurnWatch BeforeTurn(ITurnContext turnContext, TurnTransaction turn)
    {
        var watch = new TurnWatch(this, turn);
        turnContext.OnSendActivities((_, activities, next) =>
        {
            watch.Read(activities);
            return next();
        });
        return watch;
    }

    private async Task AfterTurnAsync(ITurnContext turnContext, TurnTransaction turn, TurnWatch sent, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (turn.WasDeleted(TurnKeys.ConversationStateKeyOf(activity)))
        {
            // The prospect's data was erased: nothing may link back to them.
            return;
        }

        var before = ReadTrack(turnContext);
        var now = clock.GetUtcNow();
        var isMessage = activity.Type == ActivityTypes.Message;
        var ended = sent.Prompts.Count == 0 && !sent.AskedSomethingElse;
        var command = isMessage && ended ? ConversationCommands.Recognize(activity.Text) : ConversationCommand.None;
        var lead = ended && before is { Open: FunnelStep.Confirm } ? await StoredLeadAsync(activity, cancellationToken).ConfigureAwait(false) : null;
        var change = FunnelObserver.Observe(before, new TurnFacts(now, isMessage, command, sent.Prompts, sent.AskedSomethingElse, lead));
        if (change is null)
        {
            return;
        }

        var source = change.Starts ? await SourceOfAsync(turnContext, cancellationToken).ConfigureAwait(false) : JourneySource.None;
        await track.SetAsync(turnContext, change.Track.ToText(), cancellationToken).ConfigureAwait(false);
        var delta = JourneyDelta.Of(change, source, activity.ChannelId ?? "", services.LanguageOf(turnContext), now);
        if (change.Lead is not null)
        {
            // The turn that stores the lead writes its journey in its own transaction, so the stage changes sales make
            // next find the journey at once; what earlier turns left waiting goes with it, so a conversation shorter than
            // the write interval costs one row change. Given back if the turn does not commit.
            if (pending.Take(delta.Id) is { } waiting)
            {
                delta.Merge(waiting);
                turn.IfNotCommitted(() => pending.Add(waiting));
            }

            // The stage it reached becomes an event row with the next batch of waiting changes: inserted alone, it would
            // touch the events table and both its indexes in the lead's transaction (pages measured in docs/benchmarks.md).
            List<FunnelEvent> reached = [.. delta.EventRows];
            delta.EventRows.Clear();
            turn.Enlist(new FunnelWrite([delta]));
            turn.AfterCommit(() => pending.AddRows(reached));
        }
        else
        {
            turn.AfterCommit(() => pending.Add(delta));
        }
    }

    /// <summary>The track as the conversation state holds it: its text (<see cref="FunnelTrack.ToText"/>), or the object
    /// (stored with its type name) that states written before the text form hold.</summary>
    private FunnelTrack? ReadTrack(ITurnContext turnContext) =>
        conversationState.GetCachedState(turnContext)?.State is { } values && values.TryGetValue(FunnelTrack.PropertyName, out var value)
            ? value switch
            {
                string text => FunnelTrack.Parse(text),
                FunnelTrack known => known,
                _ => null,
            }
            : null;

    /// <summary>The lead this activity stored: handed over by the repository's wrapper in this process, else named by the
    /// repository's marker (written in the lead's transaction; two plain reads, once per conversation).</summary>
    private async Task<StoredLead?> StoredLeadAsync(IActivity activity, CancellationToken cancellationToken)
    {
        if (handoff?.Take(activity.ChannelId, activity.Conversation?.Id, activity.Id) is { } handed)
        {
            return handed;
        }

        if (TurnKeys.RecordKeyOf(activity.ChannelId, activity.Conversation?.Id, activity.Id) is not { } recordKey)
        {
            return null;
        }

        var markerKey = recordKey + EfLeadRepository.LeadMarkerSuffix;
        await using var lease = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await database.Sql.ReadAsync(lease.Connection, null, [markerKey], cancellationToken).ConfigureAwait(false);
        if (!rows.TryGetValue(markerKey, out var marker) || !Guid.TryParse(marker.Json.Trim('"'), out var id))
        {
            return null;
        }

        await using var command = lease.Connection.CreateCommand();
        command.CommandText = "SELECT \"Stage\" FROM \"Leads\" WHERE \"Id\" = @id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = database.Sql.IsSqlite ? id.ToString().ToUpperInvariant() : id;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string stage && Enum.TryParse<LeadStage>(stage, out var parsed)
            ? new StoredLead(id, parsed)
            : null;
    }

    /// <summary>The website's join event carries the page and its utm fields; otherwise the conversation's profile.</summary>
    private async Task<JourneySource> SourceOfAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Event && activity.Name == LeadBotActivityHandler.JoinEventName && activity.Value is not null)
        {
            var value = activity.Value as JObject ?? JToken.FromObject(activity.Value) as JObject;
            string? Field(string name) => value?[name]?.Type == JTokenType.String ? (string?)value[name] : null;
            string? Utm(string name) => Field("utm_" + name) ?? (value?["utm"]?[name]?.Type == JTokenType.String ? (string?)value["utm"]![name] : null);
            return JourneySource.From(Utm("source"), Utm("medium"), Utm("campaign"), Field("pageUrl"), Field("referrer"));
        }

        var profile = await services.Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        return profile.Source is { } source ? JourneySource.From(null, null, source.Campaign, source.PageUrl, source.Referrer) : JourneySource.None;
    }

    /// <summary>One watched turn: the funnel prompts it sent, from their channelData.leadbot markers.</summary>
    private sealed class TurnWatch(FunnelRecorder recorder, TurnTransaction turn) : IProspectTurnWatch
    {
        public List<AskedPrompt> Prompts { get; } = [];

        public bool AskedSomethingElse { get; private set; }

        public Task AfterTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            recorder.AfterTurnAsync(turnContext, turn, this, cancellationToken);

        public void Read(List<Activity> activities)
        {
            foreach (var activity in activities)
            {
                if (activity.ChannelData is not { } data)
                {
                    continue;
                }

                var marker = (data as JObject ?? JObject.FromObject(data))["leadbot"] as JObject;
                if (marker?["step"] is not { Type: JTokenType.String } stepToken)
                {
                    continue;
                }

                if (FunnelSteps.Parse((string?)stepToken) is not { } step)
                {
                    AskedSomethingElse = true;
                    continue;
                }

                var phase = marker["phase"]?.Type == JTokenType.String ? (string?)marker["phase"] : null;
                var reask = marker["reask"]?.Type == JTokenType.Boolean && (bool)marker["reask"]!;
                Prompts.Add(new AskedPrompt(step, phase, reask));
            }
        }
    }
}

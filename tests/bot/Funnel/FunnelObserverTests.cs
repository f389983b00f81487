using LeadBot.Bot.Funnel;
using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;

namespace LeadBot.Bot.Tests.Funnel;

/// <summary>How the step markers of a turn's prompts become funnel facts (no database: the rules themselves).</summary>
public sealed class FunnelObserverTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static TurnFacts Turn(params AskedPrompt[] prompts) => new(At, true, ConversationCommand.None, prompts, false, null);

    private static AskedPrompt Ask(FunnelStep step, string? phase = null, bool reask = false) => new(step, phase, reask);

    private static List<(FunnelEventKind, FunnelStep?)> Kinds(JourneyChange change) => change.Events.Select(e => (e.Kind, e.Step)).ToList();

    [Fact]
    public void The_track_the_conversation_state_keeps_as_text_reads_back_the_same_and_other_text_reads_as_none()
    {
        foreach (var track in new[]
        {
            new FunnelTrack { Id = long.MaxValue, Status = FunnelStatus.Abandoned, Open = FunnelStep.Phone, Phase = QuestionActivity.GiveUpPhase, Reached = FunnelPoint.Phone, Consented = true },
            new FunnelTrack { Id = 1, Status = FunnelStatus.Open, Open = null, Phase = null, Reached = FunnelPoint.Started, Consented = false },
        })
        {
            var back = FunnelTrack.Parse(track.ToText())!;
            Assert.Equal((track.Id, track.Status, track.Open, track.Phase, track.Reached, track.Consented), (back.Id, back.Status, back.Open, back.Phase, back.Reached, back.Consented));
        }

        foreach (var text in new[] { null, "", "1:x:0:0::0:0", "2:7:0:0::0:0", "1:7:0:0::0", "{\"Id\":7}" })
        {
            Assert.Null(FunnelTrack.Parse(text));
        }
    }

    [Fact]
    public void A_turn_that_asks_nothing_starts_no_journey()
    {
        Assert.Null(FunnelObserver.Observe(null, Turn()));
    }

    [Fact]
    public void Moving_back_to_an_earlier_question_is_no_answer_and_moving_on_after_the_offer_to_skip_is_a_skip()
    {
        var track = new FunnelTrack { Id = 7, Open = FunnelStep.Budget, Reached = FunnelPoint.Budget, Consented = true };
        var back = FunnelObserver.Observe(track, Turn(Ask(FunnelStep.Authority)))!;
        Assert.Equal([(FunnelEventKind.Asked, FunnelStep.Authority)], Kinds(back));
        Assert.Equal(FunnelPoint.Budget, back.Track.Reached);

        track = new FunnelTrack { Id = 7, Open = FunnelStep.Phone, Phase = QuestionActivity.GiveUpPhase, Reached = FunnelPoint.Phone, Consented = true };
        var skipped = FunnelObserver.Observe(track, Turn(Ask(FunnelStep.Need)))!;
        Assert.Equal([(FunnelEventKind.Skipped, FunnelStep.Phone), (FunnelEventKind.Asked, FunnelStep.Need)], Kinds(skipped));
    }

    [Fact]
    public void A_message_that_answers_several_questions_reaches_the_question_after_them()
    {
        var track = new FunnelTrack { Id = 7, Open = FunnelStep.Name, Reached = FunnelPoint.Name, Consented = true };
        var change = FunnelObserver.Observe(track, Turn(Ask(FunnelStep.Phone)))!;
        Assert.Equal([(FunnelEventKind.Answered, FunnelStep.Name), (FunnelEventKind.Asked, FunnelStep.Phone)], Kinds(change));
        Assert.Equal(FunnelPoint.Phone, change.Track.Reached);
    }

    [Fact]
    public void A_returning_prospect_who_continues_at_a_later_question_has_consented_in_a_new_journey()
    {
        var change = FunnelObserver.Observe(null, Turn(Ask(FunnelStep.Budget)))!;
        Assert.True(change.Starts);
        Assert.Equal([(FunnelEventKind.Started, null), (FunnelEventKind.Consented, null), (FunnelEventKind.Asked, FunnelStep.Budget)], Kinds(change));
        Assert.Equal(At, change.ConsentedAt);
    }

    [Fact]
    public void The_erase_confirmation_at_the_consent_question_is_no_decline()
    {
        var track = new FunnelTrack { Id = 7, Open = FunnelStep.Consent, Reached = FunnelPoint.ConsentAsked };
        var change = FunnelObserver.Observe(track, new TurnFacts(At, true, ConversationCommand.DeleteMyData, [], AskedSomethingElse: true, null))!;
        Assert.Empty(change.Events);
        Assert.Equal(FunnelStatus.Open, change.Track.Status);
    }

    [Fact]
    public void The_stored_lead_completes_the_journey_with_its_stage()
    {
        var track = new FunnelTrack { Id = 7, Open = FunnelStep.Confirm, Reached = FunnelPoint.Summary, Consented = true };
        var lead = new StoredLead(Guid.NewGuid(), LeadStage.Lead);
        var change = FunnelObserver.Observe(track, new TurnFacts(At, true, ConversationCommand.None, [], false, lead))!;
        Assert.Equal([(FunnelEventKind.Answered, FunnelStep.Confirm), (FunnelEventKind.Confirmed, null), (FunnelEventKind.StageReached, null)], Kinds(change));
        Assert.Equal((FunnelStatus.Completed, FunnelPoint.Lead, (FunnelStep?)null), (change.Track.Status, change.Track.Reached, change.Track.Open));
        Assert.Same(lead, change.Lead);
    }
}

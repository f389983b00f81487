using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using LeadBot.Bot.Telemetry;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Tests.Telemetry;

/// <summary>The turn metrics read the question markers the dialogs put into channelData: asked and re-asked per step.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TurnTelemetryBotTests
{
    [Fact]
    public async Task Each_question_counts_as_asked_and_a_marked_re_ask_also_as_re_asked_with_only_the_step_as_tag()
    {
        var measurements = new ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LeadBotTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        var conversation = $"telemetry-{Guid.NewGuid():N}";
        var bot = new TurnTelemetryBot(new AskingBot());
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversation));
        await new TestFlow(adapter, bot.OnTurnAsync)
            .Send("Erika Mustermann")
            .AssertReply(a => Assert.Equal("email", Step(a)))
            .Send("not an address")
            .AssertReply(a => Assert.Equal("email", Step(a)))
            .StartTestAsync();

        var mine = measurements.Where(m => Equals(m.Tags.GetValueOrDefault(LeadBotTelemetry.ChannelTag), "test")).ToList();
        Assert.Equal(2, mine.Count(m => m.Instrument == "leadbot.questions.asked" && Equals(m.Tags[LeadBotTelemetry.QuestionTag], "email")));
        Assert.Equal(1, mine.Count(m => m.Instrument == "leadbot.questions.reasked" && Equals(m.Tags[LeadBotTelemetry.QuestionTag], "email")));
        Assert.True(mine.Count(m => m.Instrument == "leadbot.turns") >= 2);
        Assert.All(mine.SelectMany(m => m.Tags.Values), v => Assert.DoesNotContain("Erika", v?.ToString() ?? "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("msteams", "msteams")]
    [InlineData("directline", "directline")]
    [InlineData("Erika Mustermann <erika@example.com>", "other")]
    [InlineData("", "-")]
    public void Tag_values_outside_the_fixed_vocabularies_are_replaced(string value, string expected) =>
        Assert.Equal(expected, TurnTelemetryBot.Vocabulary(value));

    private static string? Step(IActivity activity) => ((activity as Activity)?.ChannelData as JObject)?["leadbot"]?["step"]?.ToString();

    /// <summary>Asks for the e-mail after a name, and asks again (marked as a re-ask) after anything else.</summary>
    private sealed class AskingBot : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            var reask = turnContext.Activity.Text != "Erika Mustermann";
            var reply = MessageFactory.Text(reask ? "That does not look like an e-mail address. Your e-mail?" : "Your e-mail?");
            reply.ChannelData = new JObject { ["leadbot"] = new JObject { ["step"] = "email", ["reask"] = reask } };
            await turnContext.SendActivityAsync(reply, cancellationToken);
        }
    }
}

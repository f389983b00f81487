using System.Globalization;
using LeadBot.Bot.Tests.Storage;
using LeadBot.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeadBot.Bot.Tests.Turns;

/// <summary>Bot Builder gives every turn a new culture object of the activity's locale; the turn runs in the shared,
/// read-only one of the same locale instead, with the same formats, and the caller's culture is left as it was.</summary>
public sealed class TurnCultureTests
{
    [Theory]
    [InlineData("de-DE", "50.000,5")]
    [InlineData("en-US", "50,000.5")]
    public async Task A_turn_runs_in_the_shared_culture_of_the_activitys_locale_with_its_formats(string locale, string formatted)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            // What BotAdapter.RunPipelineAsync does before the bot runs.
            var fresh = new CultureInfo(locale);
            CultureInfo.CurrentCulture = fresh;
            var inner = new CultureProbe();
            await using var db = await StorageTestDatabase.CreateMigratedAsync(LeadBot.Bot.Storage.StorageProvider.Sqlite);
            var store = db.Services.GetRequiredService<ITurnStore>();
            var options = new TurnOptions();
            var bot = new ReliableTurnBot(inner, store, new ReplyDelivery(store, options, NullLogger<ReplyDelivery>.Instance), options, NullLogger<ReliableTurnBot>.Instance);

            await bot.OnTurnAsync(new TurnContext(new NoAdapter(), new Activity(ActivityTypes.Message, locale: locale, text: "hallo")));

            Assert.Same(CultureInfo.GetCultureInfo(locale), inner.Culture);
            Assert.Equal(formatted, inner.Formatted);
            Assert.Same(fresh, CultureInfo.CurrentCulture);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private sealed class CultureProbe : IBot
    {
        public CultureInfo? Culture { get; private set; }

        public string? Formatted { get; private set; }

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            Culture = CultureInfo.CurrentCulture;
            Formatted = 50000.5m.ToString("N1", CultureInfo.CurrentCulture);
        }
    }

    private sealed class NoAdapter : BotAdapter
    {
        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            Task.FromResult(Array.Empty<ResourceResponse>());

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}

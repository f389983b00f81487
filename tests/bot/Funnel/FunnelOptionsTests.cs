using LeadBot.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Funnel;

/// <summary>A funnel setting out of range stops start-up with a message that names the key.</summary>
public sealed class FunnelOptionsTests
{
    [Theory]
    [InlineData("Funnel:AbandonAfterMinutes", "0")]
    [InlineData("Funnel:CheckEveryMinutes", "2000")]
    [InlineData("Funnel:WriteEveryMilliseconds", "5")]
    [InlineData("Funnel:WriteEveryMilliseconds", "600000")]
    public async Task A_funnel_setting_out_of_range_stops_start_up_naming_the_key(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}

using Microsoft.AspNetCore.Cors.Infrastructure;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// Which pages may call the website's endpoints from the browser. The local Direct Line answers the bot's own page and
/// DirectLine:TrustedOrigins. The token endpoint lets every page read its answer, so a page on an unlisted origin reads a
/// clear refusal (403, naming the setting) instead of an opaque CORS failure; it hands out nothing there.
/// </summary>
internal static class WebsiteCors
{
    public const string TokenPolicy = "LeadBotToken";
    public const string DirectLinePolicy = "LeadBotDirectLineCors";

    public static void Add(CorsOptions cors, BotAddress address)
    {
        cors.AddPolicy(TokenPolicy, policy => policy
            .SetIsOriginAllowed(_ => true)
            .WithMethods("POST")
            .AllowAnyHeader()
            .SetPreflightMaxAge(TimeSpan.FromHours(1)));
        // DirectLineJS sends Authorization, Content-Type, x-ms-bot-agent and x-requested-with; any header is allowed so a
        // newer Web Chat adding one keeps working.
        cors.AddPolicy(DirectLinePolicy, policy => policy
            .SetIsOriginAllowed(address.IsAllowedOrigin)
            .WithMethods("GET", "POST")
            .AllowAnyHeader()
            .SetPreflightMaxAge(TimeSpan.FromHours(1)));
    }
}

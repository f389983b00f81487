using LeadBot.Dialogs.Qualification;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The website channel's composition root: the landing page with Web Chat (<c>GET /</c>), the static files, the token
/// endpoint, the visitor identity for every turn, and, in local mode only (no MicrosoftAppId, no DirectLine:Secret),
/// the local Direct Line. Both calls are idempotent.
/// </summary>
public static class WebsiteExtensions
{
    private const string MappedKey = "LeadBot.Website.Mapped";

    /// <summary>Registers the options (validated at start-up), tokens, visitor passes, the local conversations, CORS and
    /// the rate limits.</summary>
    public static IServiceCollection AddLeadBotWebsite(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(DirectLineTokens)))
        {
            return services;
        }

        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .Configure(o =>
            {
                o.PublicBaseUrl = configuration["Bot:PublicBaseUrl"];
                o.MicrosoftAppId = configuration["MicrosoftAppId"];
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidation>();
        services.AddOptions<WebsiteOptions>().Bind(configuration.GetSection(WebsiteOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebsiteOptions>, WebsiteOptionsValidation>();
        services.TryAddSingleton(TimeProvider.System);
        // Visitor passes must stay readable across restarts and instances: one application name for the key ring.
        services.AddDataProtection().SetApplicationName("LeadBot");
        services.AddSingleton<BotAddress>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<VisitorPasses>();
        services.AddSingleton<LocalConversations>();
        services.AddSingleton<LocalTurns>();
        services.AddSingleton<VisitorIdentityMiddleware>();
        services.AddSingleton<WebChatBundle>();
        services.AddSingleton<WidgetScript>();
        services.AddHttpClient(DirectLineTokenEndpoint.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<BotAddress>(WebsiteCors.Add);
        services.AddRateLimiter(WebsiteRateLimits.Add);
        return services;
    }

    /// <summary>Maps <c>GET /</c>, <c>GET /embed</c>, the widget <c>GET /leadbot.js</c>, the Web Chat bundle, the static
    /// files, <c>POST /api/directline/token</c> and, in local mode, the local Direct Line (<c>/v3/directline/…</c>); puts
    /// the visitor identity into every turn.</summary>
    public static WebApplication MapLeadBotWebsite(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var properties = ((IApplicationBuilder)app).Properties;
        if (properties.ContainsKey(MappedKey))
        {
            return app;
        }

        properties[MappedKey] = true;
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        app.Services.GetService<BotAdapter>()?.Use(app.Services.GetRequiredService<VisitorIdentityMiddleware>());
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.UseRateLimiter();
        app.UseStaticFiles();
        app.MapGet("/", (HttpContext http, ConversationOptions conversation, BotAddress address) => WebsitePage.Render(http, conversation, address))
            .WithName("LeadBotWebsite");
        app.MapGet("/embed", (HttpContext http, ConversationOptions conversation, BotAddress address) => WebsitePage.Render(http, conversation, address, forDevelopers: true))
            .WithName("LeadBotEmbedSnippet");
        app.Services.GetRequiredService<WidgetScript>().Map(app);
        app.Services.GetRequiredService<WebChatBundle>().Map(app);
        DirectLineTokenEndpoint.Map(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebsiteExtensions));
        switch (options.Mode)
        {
            case DirectLineMode.Local:
                LocalDirectLineRoutes.Map(app);
                logger.LogInformation("Website chat: the bot's own local Direct Line (no MicrosoftAppId, no DirectLine:Secret), for one machine without Azure.");
                break;
            case DirectLineMode.Azure:
                logger.LogInformation("Website chat: Azure Direct Line (DirectLine:Secret), tokens from {Route}.", DirectLineTokenEndpoint.Route);
                break;
            default:
                logger.LogWarning("Website chat is off: MicrosoftAppId is set but DirectLine:Secret is not. The local Direct Line never runs with an app id; set DirectLine:Secret to use Azure Direct Line.");
                break;
        }

        return app;
    }
}

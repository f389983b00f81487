using LeadBot.Dialogs.Qualification;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The website channel's composition root: the landing page with Web Chat (<c>GET /</c>), the static files from
/// wwwroot, the token endpoint, and, without a Direct Line secret, the local Direct Line. Both calls are idempotent.
/// </summary>
public static class WebsiteExtensions
{
    internal const string CorsPolicy = "LeadBotWebsite";
    private const string MappedKey = "LeadBot.Website.Mapped";

    /// <summary>Registers the Direct Line options (validated at start-up), tokens, the local conversations and CORS.</summary>
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
            .Configure(o => o.PublicBaseUrl = configuration["Bot:PublicBaseUrl"])
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidation>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<LocalConversations>();
        services.AddHttpClient(DirectLineTokenEndpoint.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(CorsPolicy, policy =>
            {
                // Pages on the trusted origins may embed the chat; with none configured only the bot's own page can.
                if (directLine.Value.TrustedOrigins.Length > 0)
                {
                    policy.WithOrigins(directLine.Value.TrustedOrigins.Select(o => o.TrimEnd('/')).ToArray())
                        .WithMethods("GET", "POST")
                        .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent");
                }
            }));
        return services;
    }

    /// <summary>Maps <c>GET /</c>, the static files, <c>POST /api/directline/token</c> and, in local mode, the
    /// Direct Line surface (<c>/v3/directline/…</c>) and the Connector routes it needs (<c>/v3/conversations/…</c>).</summary>
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
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.UseStaticFiles();
        app.MapGet("/", (HttpContext http, ConversationOptions conversation) => WebsitePage.Render(http, conversation, options))
            .WithName("LeadBotWebsite");
        app.MapGet("/embed", (HttpContext http, ConversationOptions conversation) => WebsitePage.Render(http, conversation, options, forDevelopers: true))
            .WithName("LeadBotEmbedSnippet");
        DirectLineTokenEndpoint.Map(app);
        if (!options.UsesAzureDirectLine)
        {
            LocalDirectLineEndpoints.Map(app);
        }

        return app;
    }
}

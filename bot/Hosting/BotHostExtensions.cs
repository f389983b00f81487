using LeadBot.Bot.Api;
using LeadBot.Bot.Conversation;
using LeadBot.Bot.Dashboard;
using LeadBot.Bot.Criteria;
using LeadBot.Bot.DirectLine;
using LeadBot.Bot.Funnel;
using LeadBot.Bot.Privacy;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Telemetry;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Webhooks;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Hosting;

/// <summary>The host's composition root: everything Program.cs needs, in two calls.</summary>
public static class BotHostExtensions
{
    /// <summary>The address the bot listens on when neither ASPNETCORE_URLS, --urls nor Kestrel endpoints are configured.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    internal const string ConnectorHttpClientName = "BotConnector";

    /// <summary>Registers configuration, options, the Bot Framework adapter and state, storage, dialogs and the bot.</summary>
    public static WebApplicationBuilder AddLeadBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        NativeMemoryTuning.LimitMallocArenas();
        AddRepositoryAppSettings(builder.Configuration, builder.Environment.ContentRootPath);
        UseDefaultUrlUnlessConfigured(builder);

        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        // Per-turn chatter of the adapter and per-request lines of the connector client (with conversation ids in
        // URLs) stay out of the logs unless configured otherwise (Logging:LogLevel:<category>).
        if (configuration["Logging:LogLevel:Microsoft.Bot"] is null)
        {
            builder.Logging.AddFilter("Microsoft.Bot", LogLevel.Warning);
            builder.Logging.AddFilter(typeof(AdapterWithErrorHandler).FullName, LogLevel.Warning);
        }

        var httpClientLogs = configuration["Logging:LogLevel:System.Net.Http.HttpClient"] is not null;
        if (!httpClientLogs)
        {
            builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        }

        // How the bot presents itself (locale, company, privacy policy, response time) is the conversation's section
        // "Conversation", registered and validated by AddLeadConversation below; the host adds only its own options.
        services.AddOptions<SalesApiOptions>().Bind(configuration.GetSection(SalesApiOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SalesApiOptions>, SalesApiOptionsValidation>();
        services.ConfigureHttpJsonOptions(o => SalesApi.ConfigureJson(o.SerializerOptions));
        services.AddProblemDetails();

        // Bot Framework: authentication from the flat MicrosoftAppId/MicrosoftAppPassword/MicrosoftAppType/
        // MicrosoftAppTenantId keys, one pooled HttpClient handler, and connector clients reused across turns.
        services.AddLeadBotSecurity(configuration);
        var connectorClient = services.AddHttpClient(ConnectorHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                MaxConnectionsPerServer = 256,
                AllowAutoRedirect = false,
            })
            .AddHttpMessageHandler<Security.ServiceUrlGuardHandler>()
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        if (!httpClientLogs)
        {
            // Its request logs (Information) are filtered out above anyway: no logging handlers around every reply.
            connectorClient.RemoveAllLoggers();
        }
        services.AddSingleton(sp => new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(
            configuration,
            httpClientFactory: new NamedHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>(), ConnectorHttpClientName),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<BotFrameworkAuthentication>(sp => sp.GetRequiredService<CachingBotFrameworkAuthentication>());
        services.AddSingleton<AdapterWithErrorHandler>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());

        // Storage (EF Core): the database, the Bot Framework IStorage and the turns' store.
        services.AddLeadBotStorage(configuration);

        // The conversation: the qualification dialogs, the staged states and the bot (IBot → ReliableTurnBot around
        // LeadBotActivityHandler).
        services.AddLeadConversation(configuration);
        services.AddLeadBotCriteria(configuration);
        services.AddLeadBotWebhooks(configuration);
        services.AddLeadBotTeams(configuration);
        services.AddLeadBotLiveChat(configuration);

        // The funnel (recorded inside every prospect turn) and the dashboard page with its sign-in.
        services.AddLeadBotFunnel(configuration);
        services.AddLeadBotDashboard(configuration);

        // The website: the page with Web Chat, Direct Line tokens, and the bot's own Direct Line when no secret is set.
        services.AddLeadBotWebsite(configuration);

        // Traces, metrics and logs (OpenTelemetry), when an exporter is configured; wraps the bot registered above.
        builder.AddLeadBotTelemetry();

        services.AddOptions<RecognizerWarmupOptions>().Bind(configuration.GetSection(RecognizerWarmupOptions.SectionName)).ValidateOnStart();
        services.AddHostedService<RecognizerWarmupService>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>Prepares the database and maps the endpoints: /api/messages, /healthz and the sales API.</summary>
    public static async Task<WebApplication> UseLeadBotAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.MigrateLeadBotDatabaseAsync(app.Lifetime.ApplicationStopping).ConfigureAwait(false);
        await app.Services.LoadQualificationPolicyAsync(app.Lifetime.ApplicationStopping).ConfigureAwait(false);

        app.UseLeadBotSecurity();
        app.UseStatusCodePages();
        app.MapPost(MessagesEndpoint.Route, MessagesEndpoint.HandleAsync);
        app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = WriteHealthAsync,
        });
        app.MapSalesApi();
        app.MapPrivacyApi();
        app.MapCriteriaApi();
        app.MapWebhooksApi();
        app.MapLeadStageEndpoint();
        app.MapLeadBotWebsite();
        app.MapTeamsAppPages();
        app.MapLeadBotDashboard();
        return app;
    }

    /// <summary>
    /// The one appsettings.json lives at the repository root and is copied next to the binaries. When the content root
    /// is elsewhere (dotnet run --project bot), that copy is read too, right after the content root's appsettings.json,
    /// so environment-specific files, user secrets, environment variables and the command line still override it.
    /// </summary>
    internal static void AddRepositoryAppSettings(ConfigurationManager configuration, string contentRoot)
    {
        var baseDirectory = AppContext.BaseDirectory;
        if (!File.Exists(Path.Combine(baseDirectory, "appsettings.json"))
            || string.Equals(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar),
                Path.GetFullPath(baseDirectory).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            return;
        }

        var sources = configuration.Sources;
        var source = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(baseDirectory),
        };
        var index = sources.ToList().FindIndex(s => s is JsonConfigurationSource json
            && string.Equals(json.Path, "appsettings.json", StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            // No default sources (a hand-built builder): put it first so everything else overrides it.
            sources.Insert(0, source);
        }
        else
        {
            sources.Insert(index + 1, source);
        }
    }

    private static void UseDefaultUrlUnlessConfigured(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrEmpty(configuration["ASPNETCORE_URLS"])
            || !string.IsNullOrEmpty(configuration["http_ports"])
            || !string.IsNullOrEmpty(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        });
    }

    /// <summary>The Bot Framework asks for an unnamed client; hand it the named, pooled one.</summary>
    private sealed class NamedHttpClientFactory(IHttpClientFactory inner, string clientName) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => inner.CreateClient(clientName);
    }
}

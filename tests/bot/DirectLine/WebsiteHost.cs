using LeadBot.Bot.Tests.Support;
using LeadBot.Bot.DirectLine;
using LeadBot.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadBot.Bot.Tests.DirectLine;

/// <summary>
/// The real bot host with the website channel: AddLeadBot + AddLeadBotWebsite, UseLeadBotAsync + MapLeadBotWebsite,
/// Kestrel on a free 127.0.0.1 port, a temp SQLite file, the sales API key <see cref="ApiKey"/>. The website calls are
/// idempotent, so this keeps working once the composition root makes them itself.
/// </summary>
public sealed class WebsiteHost : IAsyncDisposable
{
    public const string ApiKey = "website-test-key";

    private WebsiteHost(WebApplication app, Uri baseAddress, string databasePath, LogCollector logs)
    {
        App = app;
        BaseAddress = baseAddress;
        DatabasePath = databasePath;
        Logs = logs;
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public Uri BaseAddress { get; }

    public string DatabasePath { get; }

    /// <summary>Every log line the host wrote at Information and above.</summary>
    public LogCollector Logs { get; }

    public static async Task<WebsiteHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"leadbot-website-{Guid.NewGuid():N}.db");
        if (!MigratedDatabase.ChoosesOwnStorage(settings?.Keys))
        {
            await MigratedDatabase.CopyToAsync(databasePath);
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:LeadBot"] = $"Data Source={databasePath}",
            ["Storage:Provider"] = "Sqlite",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppType"] = "",
            ["MicrosoftAppTenantId"] = "",
            ["SalesApi:ApiKey"] = ApiKey,
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:LeadBot"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        var logs = new LogCollector();
        builder.AddLeadBot();
        builder.Logging.AddProvider(logs);
        builder.Services.AddLeadBotWebsite(builder.Configuration);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        try
        {
            await app.UseLeadBotAsync();
            app.MapLeadBotWebsite();
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new WebsiteHost(app, LocalServer.AddressOf(app), databasePath, logs);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public async ValueTask DisposeAsync()
    {
        try
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        catch (ObjectDisposedException)
        {
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(DatabasePath + suffix);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <summary>A clock the tests can move forward (token expiry without waiting).</summary>
public sealed class ShiftableTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}

using LeadBot.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadBot.Bot.Tests.Support;

/// <summary>
/// The real bot host (AddLeadBot + UseLeadBotAsync, Kestrel on a free 127.0.0.1 port), built with test configuration:
/// a SQLite file, an API key, an app id... Stop it and start another on the same file to prove state survives.
/// Without a path or storage settings the host starts on a copy of the <see cref="MigratedDatabase"/>; pass a new path
/// (<see cref="NewDatabasePath"/>) to have the host create and migrate the file itself.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private BotHost(WebApplication app, Uri baseAddress, string databasePath, LogCollector logs)
    {
        App = app;
        Logs = logs;
        BaseAddress = baseAddress;
        DatabasePath = databasePath;
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public Uri BaseAddress { get; }

    public Uri MessagesUri => new(BaseAddress, "api/messages");

    public string DatabasePath { get; }

    /// <summary>Every log line the host wrote (after the configured level filters).</summary>
    public LogCollector Logs { get; }

    /// <summary>A fresh SQLite file path in the temp folder (deleted with <see cref="DeleteDatabase"/>).</summary>
    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"leadbot-test-{Guid.NewGuid():N}.db");

    public static async Task<BotHost> StartAsync(
        string? databasePath = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        string environmentName = "Testing",
        Action<WebApplication>? configureApp = null)
    {
        if (databasePath is null)
        {
            databasePath = NewDatabasePath();
            if (!MigratedDatabase.ChoosesOwnStorage(settings?.Keys))
            {
                await MigratedDatabase.CopyToAsync(databasePath);
            }
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            EnvironmentName = environmentName,
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
            ["SalesApi:ApiKey"] = "",
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
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.AddProvider(logs);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        try
        {
            await app.UseLeadBotAsync();
            configureApp?.Invoke(app);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new BotHost(app, LocalServer.AddressOf(app), databasePath, logs);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public async Task StopAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void DeleteDatabase()
    {
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

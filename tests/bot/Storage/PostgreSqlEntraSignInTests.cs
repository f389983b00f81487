using System.Collections.Concurrent;
using System.Net;
using Azure.Core;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>
/// Microsoft Entra sign-in to PostgreSQL (<c>Storage:PostgreSqlAuthentication=MicrosoftEntra</c>): the connection string
/// holds no password; the bot asks its credential for a token with the Azure Database for PostgreSQL scope and hands it
/// to the server as the password. Entra cannot run here, so a real PostgreSQL server that demands a password
/// (scram-sha-256) stands in for Azure's, and the credential returns that password as its token: every connection the
/// bot makes succeeds only if the token really travels as the password, and fails with a wrong token.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PostgreSqlEntraSignInTests
{
    private static readonly string Password = $"entra-{Guid.NewGuid():N}";
    private static readonly Lazy<Task<PostgreSqlServer>> Server = new(() => PostgreSqlServer.StartPasswordProtectedAsync(Password));

    [Fact]
    public async Task The_bot_runs_a_conversation_on_PostgreSQL_with_the_credentials_token_and_no_password_in_its_settings()
    {
        var (connectionString, drop) = await NewDatabaseWithoutPasswordAsync();
        var credential = new RecordingCredential(Password);
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: EntraSettings(connectionString),
            configureServices: s => s.AddKeyedSingleton<TokenCredential>(PostgreSqlSignIn.CredentialKey, credential));
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, "en-US");
            var replies = await emulator.StartAsync();
            Assert.Equal("consent", EmulatorClient.LastStep(replies));
            replies = await emulator.SendAndWaitAsync("yes");
            Assert.Equal("name", EmulatorClient.LastStep(replies));

            using var http = host.CreateClient();
            using var health = await http.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);

            Assert.NotEmpty(credential.Requests);
            Assert.All(credential.Requests, scopes => Assert.Equal(["https://ossrdbms-aad.database.windows.net/.default"], scopes));

            // The conversation really is in that database: the bot's state rows were written through the token sign-in.
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Password = Password, Pooling = false }.ConnectionString);
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM \"BotState\"", admin);
            Assert.True((long)(await command.ExecuteScalarAsync())! >= 2);
        }
        finally
        {
            await host.StopAsync();
            await drop();
        }
    }

    [Fact]
    public async Task A_token_the_server_does_not_accept_stops_start_up_with_the_servers_refusal()
    {
        var (connectionString, drop) = await NewDatabaseWithoutPasswordAsync();
        try
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(settings: EntraSettings(connectionString),
                configureServices: s => s.AddKeyedSingleton<TokenCredential>(PostgreSqlSignIn.CredentialKey, new RecordingCredential("not-the-password"))));

            var postgres = Assert.IsType<PostgresException>(Unwrap(error));
            Assert.Equal(PostgresErrorCodes.InvalidPassword, postgres.SqlState);
        }
        finally
        {
            await drop();
        }
    }

    [Fact]
    public async Task Entra_sign_in_with_a_password_in_the_connection_string_stops_start_up_naming_the_key()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSQL",
            ["Storage:PostgreSqlAuthentication"] = "MicrosoftEntra",
            ["ConnectionStrings:LeadBot"] = "Host=127.0.0.1;Database=leadbot;Username=leadbot-identity;Password=left-over",
        }));

        Assert.Contains("ConnectionStrings:LeadBot", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:PostgreSqlAuthentication", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_sign_in_method_stops_start_up_naming_the_key()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Storage:PostgreSqlAuthentication"] = "Kerberos",
        }));

        Assert.Contains("Storage:PostgreSqlAuthentication", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_client_id_the_default_Azure_credential_chain_is_used_and_with_one_that_managed_identity()
    {
        Assert.IsType<Azure.Identity.DefaultAzureCredential>(PostgreSqlSignIn.CreateCredential(new StorageOptions()));
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(PostgreSqlSignIn.CreateCredential(
            new StorageOptions { ManagedIdentityClientId = "00000000-0000-0000-0000-000000000001" }));
    }

    private static Dictionary<string, string?> EntraSettings(string connectionString) => new()
    {
        ["Storage:Provider"] = "PostgreSQL",
        ["Storage:PostgreSqlAuthentication"] = "MicrosoftEntra",
        ["ConnectionStrings:LeadBot"] = connectionString,
    };

    /// <summary>A fresh database on the password-protected server; its connection string without the password.</summary>
    private static async Task<(string ConnectionString, Func<Task> Drop)> NewDatabaseWithoutPasswordAsync()
    {
        var server = await Server.Value;
        var withPassword = await server.NewDatabaseAsync("leadbot_entra");
        var name = new NpgsqlConnectionStringBuilder(withPassword).Database;
        var builder = new NpgsqlConnectionStringBuilder(withPassword) { Password = null, Pooling = true };
        return (builder.ConnectionString, async () =>
        {
            await using var admin = new NpgsqlConnection(server.AdminConnectionString);
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await command.ExecuteNonQueryAsync();
        });
    }

    private static Exception Unwrap(Exception error)
    {
        // EF and the host may wrap the provider's error.
        while (error is not PostgresException && error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }

    /// <summary>Stands in for Microsoft Entra: records the scopes asked for and returns a fixed token.</summary>
    private sealed class RecordingCredential(string token) : TokenCredential
    {
        public ConcurrentQueue<string[]> Requests { get; } = new();

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Requests.Enqueue(requestContext.Scopes);
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}

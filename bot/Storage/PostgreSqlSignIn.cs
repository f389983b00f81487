using Azure.Core;
using Azure.Identity;
using Npgsql;

namespace LeadBot.Bot.Storage;

/// <summary>
/// Builds the one <see cref="NpgsqlDataSource"/> of the process. With <c>Storage:PostgreSqlAuthentication</c> =
/// <c>MicrosoftEntra</c> its password is a Microsoft Entra access token for Azure Database for PostgreSQL, fetched by
/// Npgsql's periodic password provider from the managed identity, so no password is kept in any setting.
/// </summary>
internal static class PostgreSqlSignIn
{
    /// <summary>The token audience of Azure Database for PostgreSQL (and MySQL) in the public cloud.</summary>
    public const string TokenScope = "https://ossrdbms-aad.database.windows.net/.default";

    /// <summary>DI key of the <see cref="TokenCredential"/> that signs in to PostgreSQL (replaceable, e.g. by a test).</summary>
    public const string CredentialKey = "LeadBot.PostgreSql";

    /// <summary>Entra access tokens live 60-90 minutes; a new one is fetched well before that (the credential caches it).</summary>
    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(30);

    /// <summary>After a failed token request Npgsql tries again this soon; connections opened meanwhile fail.</summary>
    internal static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);

    public static NpgsqlDataSource Build(string connectionString, StorageOptions options, IServiceProvider services)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (options.ParsedAuthentication == PostgreSqlAuthentication.MicrosoftEntra)
        {
            var credential = services.GetKeyedService<TokenCredential>(CredentialKey) ?? CreateCredential(options);
            builder.UsePeriodicPasswordProvider(
                async (_, cancellationToken) =>
                    (await credential.GetTokenAsync(new TokenRequestContext([TokenScope]), cancellationToken).ConfigureAwait(false)).Token,
                RefreshInterval,
                RetryInterval);
        }

        return builder.Build();
    }

    /// <summary>The web app's user-assigned identity when its client id is configured, else Azure.Identity's default chain.</summary>
    internal static TokenCredential CreateCredential(StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId.Trim()));
}

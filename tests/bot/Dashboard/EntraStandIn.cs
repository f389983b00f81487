using LeadBot.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LeadBot.Bot.Tests.Dashboard;

/// <summary>A real HTTP server on 127.0.0.1 standing in for the Microsoft identity platform's discovery document of one
/// tenant, so the dashboard's OpenID Connect sign-in can be started without Azure.</summary>
public sealed class EntraStandIn : IAsyncDisposable
{
    private readonly WebApplication app;

    private EntraStandIn(WebApplication app, Uri instance, string tenantId)
    {
        this.app = app;
        Instance = instance;
        TenantId = tenantId;
    }

    public Uri Instance { get; }

    public string TenantId { get; }

    public static async Task<EntraStandIn> StartAsync(string tenantId)
    {
        var app = LocalServer.CreateStandInBuilder().Build();
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (HttpContext http, string tenant) =>
        {
            var origin = $"{http.Request.Scheme}://{http.Request.Host}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = $"{origin}/{tenant}/v2.0",
                ["authorization_endpoint"] = $"{origin}/{tenant}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{origin}/{tenant}/oauth2/v2.0/token",
                ["end_session_endpoint"] = $"{origin}/{tenant}/oauth2/v2.0/logout",
                ["jwks_uri"] = $"{origin}/{tenant}/discovery/v2.0/keys",
                ["response_types_supported"] = new[] { "code", "id_token", "code id_token" },
                ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
                ["subject_types_supported"] = new[] { "pairwise" },
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
            });
        });
        app.MapGet("/{tenant}/discovery/v2.0/keys", () => Results.Json(new { keys = Array.Empty<object>() }));
        await app.StartAsync();
        return new EntraStandIn(app, LocalServer.AddressOf(app), tenantId);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

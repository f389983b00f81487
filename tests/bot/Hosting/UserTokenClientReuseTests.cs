using System.Security.Claims;
using LeadBot.Bot.Hosting;
using LeadBot.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Hosting;

public sealed class UserTokenClientReuseTests
{
    [Fact]
    public async Task Twenty_turns_create_one_user_token_client()
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(configureServices: s => s.AddTransient<IBot, EchoBot>());
        try
        {
            using var first = new EmulatorClient(host.MessagesUri, standIn);
            using var second = new EmulatorClient(host.MessagesUri, standIn, "en-US");
            for (var i = 0; i < 10; i++)
            {
                Assert.Equal($"echo: a{i}", Assert.Single(await first.SendAndWaitAsync($"a{i}")).Text);
                Assert.Equal($"echo: b{i}", Assert.Single(await second.SendAndWaitAsync($"b{i}")).Text);
            }

            Assert.Equal(1, host.Services.GetRequiredService<CachingBotFrameworkAuthentication>().UserTokenClientsCreated);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    [Fact]
    public async Task Same_client_per_app_id_a_turn_cannot_dispose_it_and_shutdown_does()
    {
        var inner = new CountingAuthentication();
        using var auth = new CachingBotFrameworkAuthentication(inner);
        var botA = new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, "app-a")]);
        var botA2 = new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, "app-a")]);
        var botB = new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, "app-b")]);

        var a1 = await auth.CreateUserTokenClientAsync(botA, CancellationToken.None);
        a1.Dispose(); // what the turn does at its end
        var a2 = await auth.CreateUserTokenClientAsync(botA2, CancellationToken.None);
        var b = await auth.CreateUserTokenClientAsync(botB, CancellationToken.None);

        Assert.Same(a1, a2);
        Assert.NotSame(a1, b);
        Assert.Equal(2, inner.Created);
        Assert.Equal(0, inner.Disposed);
        Assert.Equal(["app-a", "app-b"], inner.AppIds);

        // Calls still reach the real client after the turn's Dispose.
        var token = await a2.GetUserTokenAsync("user", "connection", "emulator", null!, CancellationToken.None);
        Assert.Equal("app-a", token.Token);

        auth.Dispose(); // the host stopping disposes the real clients
        Assert.Equal(2, inner.Disposed);
    }

    [Fact]
    public async Task A_failed_creation_is_not_cached_and_the_cache_is_bounded()
    {
        var inner = new CountingAuthentication { FailNext = true };
        using var auth = new CachingBotFrameworkAuthentication(inner);
        var identity = new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, "app-a")]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => auth.CreateUserTokenClientAsync(identity, CancellationToken.None));
        var client = await auth.CreateUserTokenClientAsync(identity, CancellationToken.None);
        Assert.Same(client, await auth.CreateUserTokenClientAsync(identity, CancellationToken.None));

        for (var i = 0; i < CachingBotFrameworkAuthentication.MaxCachedUserTokenClients + 10; i++)
        {
            var other = new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, $"app-{i}")]);
            (await auth.CreateUserTokenClientAsync(other, CancellationToken.None)).Dispose();
        }

        Assert.Equal(CachingBotFrameworkAuthentication.MaxCachedUserTokenClients + 11, inner.Created);
    }

    private sealed class CountingAuthentication : BotFrameworkAuthentication
    {
        public int Created;
        public int Disposed;
        public bool FailNext;
        public List<string> AppIds { get; } = [];

        public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => throw new NotSupportedException();

        public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                return Task.FromException<UserTokenClient>(new InvalidOperationException("credentials unavailable"));
            }

            Interlocked.Increment(ref Created);
            var appId = claimsIdentity.Claims.First(c => c.Type == AuthenticationConstants.AudienceClaim).Value;
            lock (AppIds)
            {
                AppIds.Add(appId);
            }

            return Task.FromResult<UserTokenClient>(new CountingClient(this, appId));
        }

        private sealed class CountingClient(CountingAuthentication owner, string appId) : UserTokenClient
        {
            public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
                Task.FromResult(new TokenResponse { Token = appId });

            public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
                throw new NotSupportedException();

            public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
                throw new NotSupportedException();

            public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
                throw new NotSupportedException();

            public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
                throw new NotSupportedException();

            public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
                throw new NotSupportedException();

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    Interlocked.Increment(ref owner.Disposed);
                }

                base.Dispose(disposing);
            }
        }
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadBot.Bot.Tests.Support;

/// <summary>Real Kestrel servers the tests start on a free loopback port: stand-ins for the services the bot calls
/// (connector, Teams, Direct Line token service) and the bot itself.</summary>
public static class LocalServer
{
    /// <summary>A minimal host for a stand-in: environment "Testing", no logging, a free port on 127.0.0.1.</summary>
    public static WebApplicationBuilder CreateStandInBuilder()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        return builder;
    }

    /// <summary>The base address a started <paramref name="app"/> listens on, ending with a slash.</summary>
    public static Uri AddressOf(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }
}

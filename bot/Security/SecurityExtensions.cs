using LeadBot.Bot.Security;
using Microsoft.Extensions.Options;

// In the DI namespace (like AddHttpClient, AddOptions) so the composition root needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers and applies the bot's protections: the Security options (checked at start-up, including the
/// Production check on MicrosoftAppId), the service URL policy, request body limits and security headers.</summary>
public static class SecurityExtensions
{
    public static IServiceCollection AddLeadBotSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SecurityOptions>()
            .Bind(configuration.GetSection(SecurityOptions.SectionName))
            .Configure(o =>
            {
                o.Unauthenticated = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
                o.PublicBaseUrl = configuration["Bot:PublicBaseUrl"] ?? "";
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidation>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddTransient<ServiceUrlGuardHandler>();
        services.AddSingleton<SecurityHeaders>();
        return services;
    }

    /// <summary>Security headers on every response and the request body limits (after routing, so an endpoint's own
    /// limit applies). Call before the endpoints are mapped.</summary>
    public static IApplicationBuilder UseLeadBotSecurity(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var headers = app.ApplicationServices.GetRequiredService<SecurityHeaders>();
        app.Use((context, next) => headers.ApplyAsync(context, next));
        app.Use(RequestBodyLimits.ApplyAsync);
        return app;
    }
}

using System.Globalization;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Security;

/// <summary>How the bot protects itself on the open internet (section "Security"), validated at start-up.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Azure Bot Service refuses activities larger than 256 KB (262,144 bytes); no channel sends more, so
    /// neither does anyone else get to.</summary>
    public const int DefaultMaxRequestBodyBytes = 256 * 1024;

    /// <summary>Runs the bot without Bot Framework authentication on purpose (an empty MicrosoftAppId) in Production.
    /// Outside Production (dotnet run, the tests) an empty app id needs no such statement.</summary>
    public bool LocalOnly { get; set; }

    /// <summary>Without a MicrosoftAppId nobody proves where an activity comes from, so the bot replies only to a loopback
    /// serviceUrl (the Emulator), to Bot:PublicBaseUrl (its own local Direct Line) and to these origins
    /// (scheme://host[:port]).</summary>
    public string[] AllowedServiceUrls { get; set; } = [];

    /// <summary>The largest request body any endpoint accepts (an endpoint may set a smaller limit): 413 beyond it.</summary>
    public int MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>Not bound from "Security": whether MicrosoftAppId is empty (no Bot Framework authentication).</summary>
    internal bool Unauthenticated { get; set; }

    /// <summary>Not bound from "Security": <c>Bot:PublicBaseUrl</c>, the bot's own public address.</summary>
    internal string PublicBaseUrl { get; set; } = "";
}

/// <summary>Checks the Security section, and that Production does not run unauthenticated by accident.</summary>
internal sealed class SecurityOptionsValidation(IHostEnvironment environment) : IValidateOptions<SecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityOptions o)
    {
        const string s = SecurityOptions.SectionName;
        var errors = new List<string>();
        if (o.MaxRequestBodyBytes is < 16 * 1024 or > 4 * 1024 * 1024)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"{s}:MaxRequestBodyBytes must be between 16384 and 4194304 (was {o.MaxRequestBodyBytes}); Azure Bot Service's own limit is 262144."));
        }

        foreach (var entry in o.AllowedServiceUrls ?? [])
        {
            if (!ServiceUrlPolicy.TryParseOrigin(entry, out _))
            {
                errors.Add($"{s}:AllowedServiceUrls must hold absolute http(s) origins such as https://bot.example.com or http://10.0.0.5:8080, without path, query or user (was '{entry}').");
            }
        }

        if (o.Unauthenticated && environment.IsProduction() && !o.LocalOnly)
        {
            errors.Add($"MicrosoftAppId is empty in Production: anyone could send the bot activities and make it post to any address. Set MicrosoftAppId (with MicrosoftAppType and MicrosoftAppTenantId), or set {s}:LocalOnly to true to run without authentication on purpose.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

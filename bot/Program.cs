using LeadBot.Bot.Hosting;
using Microsoft.Extensions.Options;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddLeadBot();
    var app = builder.Build();
    await app.UseLeadBotAsync();
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException invalid)
{
    // A bad setting: the message names the key, and a stack trace after it would only bury it.
    await Console.Error.WriteLineAsync($"LeadBot did not start: {invalid.Message}");
    return 1;
}

/// <summary>The entry point; public so tests can refer to the assembly.</summary>
public partial class Program;

using LeadBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLeadBot();
var app = builder.Build();
await app.UseLeadBotAsync();
app.Run();

/// <summary>The entry point; public so tests can refer to the assembly.</summary>
public partial class Program;

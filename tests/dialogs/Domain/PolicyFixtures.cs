using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.Configuration;

namespace LeadBot.Dialogs.Tests.Domain;

/// <summary>The policy exactly as the repository's appsettings.json configures it.</summary>
internal static class PolicyFixtures
{
    public static IConfiguration RepositoryConfiguration(IDictionary<string, string?>? overrides = null) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot(), "appsettings.json"))
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();

    public static QualificationPolicy RepositoryPolicy(IDictionary<string, string?>? overrides = null) =>
        RepositoryConfiguration(overrides).GetSection(QualificationPolicy.SectionName).Get<QualificationPolicy>()!;

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LeadBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LeadBot.sln not found");
    }
}

using LeadBot.Bot.Criteria.Resources;
using LeadBot.Bot.Dashboard;
using LeadBot.Bot.Webhooks;

namespace LeadBot.Bot.Criteria;

/// <summary>The workbench's and the webhook log's place on the dashboard page: two sections (tabs) and their API under
/// <c>/dashboard/api</c>, behind the dashboard's sign-in (the signed-in user is who acts).</summary>
public static class CriteriaDashboard
{
    public static IServiceCollection AddCriteriaDashboardSections(this IServiceCollection services)
    {
        Dictionary<string, string> Titles(string key) => new() { ["de"] = WorkbenchTexts.Get(key, "de"), ["en"] = WorkbenchTexts.Get(key, "en") };
        services.AddDashboardSection(new DashboardSection("workbench", 20, "/dashboard/workbench.js", Titles("Tab")) { Style = "/dashboard/workbench.css" });
        services.AddDashboardSection(new DashboardSection("webhooks", 30, "/dashboard/webhooks.js", Titles("Webhooks.Tab")) { Style = "/dashboard/workbench.css" });
        return services;
    }

    public static IEndpointRouteBuilder MapCriteriaDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        CriteriaApi.MapCriteriaEndpoints(endpoints.MapGroup("/dashboard/api/workbench").RequireDashboardUser());
        WebhooksApi.MapWebhookEndpoints(endpoints.MapGroup("/dashboard/api/webhooks").RequireDashboardUser());
        return endpoints;
    }
}

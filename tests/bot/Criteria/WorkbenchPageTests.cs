using LeadBot.Bot.Criteria;
using LeadBot.Bot.Tests.Dashboard;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LeadBot.Bot.Tests.Criteria;

/// <summary>
/// The criteria workbench on the dashboard page in a real headless Chromium (Debian's), under the pages' CSP (bot/Security): signed in
/// as marketing, a proposal is tried on the stored leads of November (the leads and the expected movers of
/// <see cref="WhatIfTests"/>, worked out by hand), applied with a note, and rolled back. Screenshots go to
/// TestResults/dashboard.
/// </summary>
[Trait("Category", "Slow")]
public sealed class WorkbenchPageTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset November = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Marketing_tries_a_change_on_novembers_leads_sees_who_moves_and_why_applies_it_with_a_note_and_rolls_it_back()
    {
        await using var host = await BotHost.StartAsync(settings: CriteriaTestKit.Settings(DashboardScenario.Settings()));
        var scorer = host.Services.GetRequiredService<PolicyVersions>().Current.Scorer;
        Lead Add(string name, int day, string need, string role, decimal budget, int? months, PaymentPeriod? period = null, LeadStage? stage = null) =>
            CriteriaTestKit.Lead(name, November.AddDays(day), need, role, budget, months, scorer, period, stage: stage);
        await CriteriaTestKit.StoreAsync(host.Services,
            Add("Anna", 0, "sales-automation", "decides", 50_000m, 2),
            Add("Bert", 1, "crm-integration", "co-decides", 8_000m, 1),
            Add("Carla", 2, "lead-management", "co-decides", 20_000m, null),
            Add("Dora", 3, "crm-integration", "co-decides", 12_000m, 12),
            Add("Emil", 4, "just-looking", "decides", 6_000m, 1),
            Add("Gabi", 5, "crm-integration", "co-decides", 12_000m, 12, stage: LeadStage.Sql),
            Add("Hans", 6, "crm-integration", "decides", 500m, 1, PaymentPeriod.Month),
            Add("Fritz", -20, "crm-integration", "co-decides", 8_000m, 1));

        var (playwright, browser) = await DashboardBrowser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = 1360, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var errors = DashboardBrowser.WatchErrors(page);

        await page.GotoAsync(new Uri(host.BaseAddress, "dashboard?lang=de").ToString());
        await page.GetByLabel("Benutzername").FillAsync(DashboardScenario.LocalUser);
        await page.GetByLabel("Passwort").FillAsync(DashboardScenario.LocalPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Kriterien" }).ClickAsync();

        var section = page.Locator("[data-section='workbench']");
        await section.Locator("[data-form='policy']").WaitForAsync();
        Assert.Equal("Kriterien (Version 1 gilt)", (await section.Locator("#wb-policy-title").InnerTextAsync()).Trim());
        Assert.Equal("60", await section.Locator("[name='MqlThreshold']").InputValueAsync());
        Assert.Equal("10000", await section.Locator("[name='Budget.Minimum']").InputValueAsync());
        Assert.Equal(4, await section.Locator("[data-choices='need'] tbody tr").CountAsync());

        // The proposal: half the budget minimum, a higher threshold; tried on November's leads.
        await section.Locator("[name='Budget.Minimum']").FillAsync("5000");
        await section.Locator("[name='MqlThreshold']").FillAsync("85");
        await section.Locator("input[name='from']").FillAsync("2026-11-01");
        await section.Locator("input[name='to']").FillAsync("2026-11-30");
        await section.Locator("[data-action='try']").ClickAsync();

        var headline = section.Locator("[data-headline]");
        await headline.WaitForAsync();
        Assert.Equal("Mit diesen Kriterien wären 4 der 7 Leads MQL statt 4; 2 steigen auf, 2 steigen ab.", (await headline.InnerTextAsync()).Trim());
        Assert.Equal(["Hans", "Bert"], await section.Locator("[data-movers='up'] tbody tr td:first-child").AllInnerTextsAsync());
        Assert.Equal(["Gabi", "Dora"], await section.Locator("[data-movers='down'] tbody tr td:first-child").AllInnerTextsAsync());
        var bert = section.Locator("[data-movers='up'] tbody tr").Nth(1);
        Assert.Equal("60 → 90", (await bert.Locator("td.num").InnerTextAsync()).Trim());
        Assert.Contains("Budget: 0 → 30 Punkte.", await bert.Locator(".reasons").InnerTextAsync());
        Assert.Equal(["Qualification:Budget:Minimum: 10000 → 5000", "Qualification:MqlThreshold: 60 → 85"],
            await section.Locator("[data-changes] li").AllInnerTextsAsync());
        var violations = await DashboardBrowser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, "axe on the workbench:\n" + string.Join("\n", violations));
        output.WriteLine(await DashboardBrowser.ScreenshotAsync(page, "workbench-what-if-de"));

        // Applying needs a note; then version 2 is in force and listed with who, what and why.
        await section.Locator("[data-action='apply']").ClickAsync();
        await section.GetByText("Bitte begründen Sie die Änderung.").First.WaitForAsync();
        await section.GetByLabel("Warum? (Pflicht)").FillAsync("Kleine Teams kaufen auch.");
        await section.Locator("[data-action='apply']").ClickAsync();
        await section.GetByText("Version 2 gilt.").First.WaitForAsync();
        await section.Locator("#wb-policy-title", new() { HasTextString = "Version 2" }).WaitForAsync();
        var v2 = section.Locator("[data-version='2'] td");
        Assert.Equal("marketing", (await v2.Nth(2).InnerTextAsync()).Trim());
        Assert.Contains("Qualification:Budget:Minimum: 10000 → 5000", await v2.Nth(3).InnerTextAsync());
        Assert.Equal("Kleine Teams kaufen auch.", (await v2.Nth(4).InnerTextAsync()).Trim());
        Assert.Equal(2, host.Services.GetRequiredService<PolicyVersions>().Current.Version);
        Assert.True(await section.Locator("[data-card='what-if']").IsHiddenAsync(), "the what-if of the old version is no longer shown");
        output.WriteLine(await DashboardBrowser.ScreenshotAsync(page, "workbench-applied-de"));

        // Roll back to version 1: version 3 with version 1's policy.
        await section.Locator("[data-version='1'] [data-action='rollback']").ClickAsync();
        await section.Locator("[data-version='1'] input").FillAsync("Zu viele kleine Leads.");
        await section.Locator("[data-version='1'] button").ClickAsync();
        await section.GetByText("Version 1 gilt wieder (als Version 3).").First.WaitForAsync();
        Assert.Equal("10000", await section.Locator("[name='Budget.Minimum']").InputValueAsync());
        var current = host.Services.GetRequiredService<PolicyVersions>().Current;
        Assert.Equal(3, current.Version);
        Assert.Equal(10_000m, current.Policy.Budget.Minimum);

        // In English.
        await page.GotoAsync(new Uri(host.BaseAddress, "dashboard?lang=en").ToString());
        await page.GetByRole(AriaRole.Tab, new() { Name = "Criteria" }).ClickAsync();
        await section.Locator("#wb-policy-title", new() { HasTextString = "Criteria (version 3 in force)" }).WaitForAsync();
        Assert.Equal("Try on stored leads", (await section.Locator("[data-action='try']").InnerTextAsync()).Trim());
        Assert.Equal(["Back to version 2", "Back to version 1"], await section.Locator("[data-action='rollback']").AllInnerTextsAsync());
        output.WriteLine(await DashboardBrowser.ScreenshotAsync(page, "workbench-en"));

        // The webhook log's tab renders (no receiver configured: nothing in it).
        await page.GetByRole(AriaRole.Tab, new() { Name = "CRM events" }).ClickAsync();
        await page.Locator("[data-section='webhooks'] [data-card='webhooks-dead']").WaitForAsync();
        Assert.True(errors.Count == 0, "The page logged errors:\n" + string.Join("\n", errors));
    }
}

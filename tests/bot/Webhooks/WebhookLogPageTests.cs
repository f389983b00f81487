using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Criteria;
using LeadBot.Bot.Tests.Dashboard;
using LeadBot.Bot.Tests.Support;
using LeadBot.Bot.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LeadBot.Bot.Tests.Webhooks;

/// <summary>
/// The dead-letter view on the dashboard in a real headless Chromium: a CRM that answered 500 until the attempts ran
/// out leaves the lead's event in "Dead letters"; marketing, signed in, sends it again from the page; the real HTTPS
/// receiver gets it once more, correctly signed, the list moves it to "Delivered", and the log names who retried it.
/// </summary>
[Trait("Category", "Slow")]
public sealed class WebhookLogPageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private ConnectorStandIn _standIn = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _standIn = await ConnectorStandIn.StartAsync();
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _standIn.DisposeAsync();
    }

    [Fact]
    public async Task Marketing_sees_an_event_the_crm_refused_as_a_dead_letter_and_a_retry_from_the_page_delivers_it_once()
    {
        _receiver.Status = 500;
        await using var host = await BotHost.StartAsync(settings: CriteriaTestKit.Settings(DashboardScenario.Settings(_receiver.BotSettings(maxAttempts: 2))));
        try
        {
            var email = await CriteriaTestKit.ConverseAsync(host.MessagesUri, _standIn, "50k");
            await WebhookDeliveryTests.WaitAsync(async () => await DeadAsync(host) is not null, "the event to be dead-lettered");
            var dead = (await DeadAsync(host))!;
            Assert.Equal(2, _receiver.Received.Count);
            _receiver.Status = 200;

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
            await page.GetByRole(AriaRole.Tab, new() { Name = "CRM-Ereignisse" }).ClickAsync();

            var section = page.Locator("[data-section='webhooks']");
            var row = section.Locator($"[data-card='webhooks-dead'] tr[data-delivery='{dead.Id}']");
            // A list the page could not load is shown as such; fail with that rather than after a minute of waiting.
            await row.Or(section.Locator("[data-failed]")).First.WaitForAsync();
            Assert.Equal(0, await section.Locator("[data-failed]").CountAsync());
            var cells = (await row.Locator("td").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
            Assert.Equal("lead.created", cells[0]);
            Assert.Equal("crm", cells[1]);
            Assert.Equal(dead.LeadId.ToString(), cells[2]);
            Assert.Equal("2", cells[4]);
            Assert.Equal("HTTP 500", cells[5]);
            // The log shows ids and answers, never the lead's contact data.
            Assert.DoesNotContain(email, await section.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
            var violations = await DashboardBrowser.AxeViolationsAsync(page);
            Assert.True(violations.Count == 0, "axe on the CRM events:\n" + string.Join("\n", violations));
            output.WriteLine(await DashboardBrowser.ScreenshotAsync(page, "webhooks-dead-de"));

            await row.Locator("[data-action='retry']").ClickAsync();
            await section.GetByText("Das Ereignis wird erneut gesendet.").First.WaitForAsync();
            var received = await _receiver.WaitForAsync(r => r.Any(e => e.AnsweredStatus == 200), TimeSpan.FromSeconds(30), "the retried event");
            var delivered = Assert.Single(received, e => e.AnsweredStatus == 200);
            Assert.True(delivered.SignatureValid, "the retried event is signed");
            Assert.Equal(dead.EventId.ToString(), delivered.EventId);

            // Once delivered, a fresh look at the page lists it under "Delivered" and no longer under the dead letters.
            await WebhookDeliveryTests.WaitAsync(async () => (await DeliveryAsync(host, dead.Id)).DeliveredAt is not null, "the delivery to be recorded");
            var fresh = await context.NewPageAsync();
            var freshErrors = DashboardBrowser.WatchErrors(fresh);
            await fresh.GotoAsync(new Uri(host.BaseAddress, "dashboard?lang=de").ToString());
            await fresh.GetByRole(AriaRole.Tab, new() { Name = "CRM-Ereignisse" }).ClickAsync();
            var list = fresh.Locator("[data-section='webhooks']");
            await list.Locator($"[data-card='webhooks-delivered'] tr[data-delivery='{dead.Id}']").WaitForAsync();
            Assert.Equal(0, await list.Locator("[data-card='webhooks-dead'] tr[data-delivery]").CountAsync());
            output.WriteLine(await DashboardBrowser.ScreenshotAsync(fresh, "webhooks-retried-de"));

            await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
            var retriedBy = await db.Set<WebhookAttempt>().Where(a => a.DeliveryId == dead.Id && a.RetriedBy != null).Select(a => a.RetriedBy).SingleAsync();
            Assert.Equal(DashboardScenario.LocalUser, retriedBy);
            Assert.Equal(3, _receiver.Received.Count);
            Assert.True(errors.Count + freshErrors.Count == 0, "The page logged errors:\n" + string.Join("\n", errors.Concat(freshErrors)));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    private static async Task<WebhookDelivery?> DeadAsync(BotHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        return await db.Set<WebhookDelivery>().AsNoTracking().SingleOrDefaultAsync(d => d.DeadAt != null && d.DeliveredAt == null);
    }

    private static async Task<WebhookDelivery> DeliveryAsync(BotHost host, long id)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        return await db.Set<WebhookDelivery>().AsNoTracking().SingleAsync(d => d.Id == id);
    }
}

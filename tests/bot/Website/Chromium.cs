using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace LeadBot.Bot.Tests.Website;

/// <summary>
/// Debian's headless Chromium through Microsoft.Playwright (never a downloaded browser), with the launch flags every
/// website test uses, a helper for browser contexts at desktop and phone size, the errors a page logs, and the folder
/// the screenshots go to (TestResults/website next to the test binaries).
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic",
    ];

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 860 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        Playwright = playwright;
        Browser = browser;
    }

    public IPlaywright Playwright { get; }

    public IBrowser Browser { get; }

    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "website");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static async Task<Chromium> LaunchAsync()
    {
        var playwright = await WebsiteConversationTests.StartPlaywrightAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Args = Args, Headless = true });
        return new Chromium(playwright, browser);
    }

    /// <summary>A fresh profile (empty cache and storage) at <paramref name="size"/>; a phone size also emulates touch.
    /// <paramref name="bypassCsp"/> only for contexts that inject axe into the pages.</summary>
    public Task<IBrowserContext> NewContextAsync(string locale = "de-DE", ViewportSize? size = null, bool bypassCsp = false)
    {
        var viewport = size ?? Desktop;
        var phone = viewport.Width < 600;
        return Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = viewport,
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
            BypassCSP = bypassCsp,
        });
    }

    public static async Task<IPage> NewPageAsync(IBrowserContext context, PageErrors? errors = null)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        errors?.Watch(page);
        return page;
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Console.WriteLine($"Screenshot: {path}");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}

/// <summary>What pages logged as errors: console errors, uncaught exceptions and failed requests.</summary>
public sealed class PageErrors
{
    private readonly ConcurrentQueue<string> _errors = new();

    /// <summary>Console errors containing one of these are expected by the test (e.g. the widget's refusal message).</summary>
    public List<string> Expected { get; } = [];

    public IReadOnlyList<string> All => _errors.Where(e => !Expected.Any(x => e.Contains(x, StringComparison.Ordinal))).ToList();

    public void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Enqueue($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => _errors.Enqueue($"page error: {error}");
        page.RequestFailed += (_, request) =>
        {
            // A prefetch the browser drops when the page goes away, or a stream closed on navigation, is no failure.
            if (request.Failure is not ("net::ERR_ABORTED" or "net::ERR_CONNECTION_CLOSED"))
            {
                _errors.Enqueue($"request failed: {request.Url} {request.Failure}");
            }
        };
    }

    public void AssertNone() => Assert.True(All.Count == 0, "The pages logged errors:\n" + string.Join("\n", All));
}

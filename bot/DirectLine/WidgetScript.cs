using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LeadBot.Bot.DirectLine.Resources;
using LeadBot.Dialogs.Qualification;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// <c>GET /leadbot.js</c>, the one script a company puts on its pages: the widget (wwwroot/js/leadbot-widget.js) with its
/// styles (wwwroot/css/leadbot-widget.css), the texts in both languages and the defaults from the "Website" section
/// filled in, composed once per start and kept Brotli- and gzip-compressed in memory. Its address never changes, so it
/// is cached for a few minutes only (with an ETag); the large Web Chat bundle it loads has a content-hash name and is
/// cached for a year (<see cref="WebChatBundle"/>).
/// </summary>
public sealed class WidgetScript(IWebHostEnvironment environment, IOptions<WebsiteOptions> website, IOptions<DirectLineOptions> directLine,
    ConversationOptions conversation, WebChatBundle bundle)
{
    public const string Route = "/leadbot.js";
    private const string Placeholder = "/*LEADBOT_SERVER*/{}";
    private readonly Lazy<Composed> _composed = new(() => Compose(environment.WebRootFileProvider, website.Value, directLine.Value, conversation, bundle));

    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet(Route, Serve).ExcludeFromDescription();

    /// <summary>The composed script (tests read it to check what a page gets).</summary>
    public string Text => _composed.Value.Text;

    private IResult Serve(HttpContext http)
    {
        var composed = _composed.Value;
        var headers = http.Response.Headers;
        headers.CacheControl = "public, max-age=300";
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.XContentTypeOptions = "nosniff";
        // Lets the embedding site measure the chat's load in its own performance tools (timing only, no content).
        headers["Timing-Allow-Origin"] = "*";
        var (suffix, encoding) = WebChatBundle.Negotiate(http.Request.Headers.AcceptEncoding.ToString());
        var bytes = suffix switch { ".br" => composed.Brotli, ".gz" => composed.Gzip, _ => composed.Plain };
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        return Results.Bytes(bytes, "text/javascript; charset=utf-8", entityTag: new EntityTagHeaderValue($"\"{composed.Hash}{suffix}\""));
    }

    private static Composed Compose(IFileProvider files, WebsiteOptions o, DirectLineOptions directLine, ConversationOptions conversation, WebChatBundle bundle)
    {
        var script = Read(files, "js/leadbot-widget.js");
        var css = Read(files, "css/leadbot-widget.css");
        var botName = string.IsNullOrWhiteSpace(o.BotName) ? conversation.CompanyName : o.BotName;
        var server = new Dictionary<string, object?>
        {
            ["webchat"] = bundle.Path,
            ["css"] = css,
            ["continueWithinHours"] = o.ContinueWithinHours,
            ["azure"] = directLine.UsesAzureDirectLine,
            ["defaults"] = new Dictionary<string, object?>
            {
                ["botName"] = botName,
                ["avatar"] = o.AvatarUrl,
                ["accent"] = o.AccentColor,
                ["position"] = o.Position,
                ["language"] = o.Language,
                ["greetingDelay"] = o.GreetingDelaySeconds,
                ["defaultLanguage"] = conversation.DefaultLanguage,
            },
            ["texts"] = new[] { "de", "en" }.ToDictionary(l => l, l => Texts(l, o, conversation)),
        };
        var text = script.Replace(Placeholder, JsonSerializer.Serialize(server), StringComparison.Ordinal);
        if (ReferenceEquals(text, script) || text == script)
        {
            throw new InvalidOperationException($"wwwroot/js/leadbot-widget.js must contain {Placeholder} where the server's settings go.");
        }

        var plain = Encoding.UTF8.GetBytes(text);
        return new Composed(text, plain, Compress(plain, s => new BrotliStream(s, CompressionLevel.SmallestSize)),
            Compress(plain, s => new GZipStream(s, CompressionLevel.SmallestSize)), Convert.ToHexStringLower(SHA256.HashData(plain))[..16]);
    }

    private static Dictionary<string, string> Texts(string language, WebsiteOptions o, ConversationOptions conversation)
    {
        var texts = WebsiteTexts.All(language);
        if (o.Greeting.TryGetValue(language, out var greeting) && !string.IsNullOrWhiteSpace(greeting))
        {
            texts["Greeting"] = greeting;
        }

        if (o.Subtitle.TryGetValue(language, out var subtitle) && !string.IsNullOrWhiteSpace(subtitle))
        {
            texts["Subtitle"] = subtitle;
        }

        // What the widget says to the bot when the visitor switches to this language: the bot's own command, so the
        // conversation keeps its answers and asks the open question again in the new language.
        texts["SwitchCommand"] = Dialogs.Resources.Texts.Get(language == "de" ? "Commands.German" : "Commands.English", language).Split('|')[0];
        texts["PrivacyUrl"] = conversation.PrivacyPolicyUrl;
        return texts;
    }

    private static string Read(IFileProvider files, string path)
    {
        var file = files.GetFileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"wwwroot/{path} is missing.");
        }

        using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] Compress(byte[] plain, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(plain);
        }

        return output.ToArray();
    }

    private sealed record Composed(string Text, byte[] Plain, byte[] Brotli, byte[] Gzip, string Hash);
}

using System.Text.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The Web Chat bundle as the build wrote it (build/webchat-assets.mjs): <c>/lib/webchat.&lt;hash&gt;.js</c>, a
/// content-hash name, so it is served as immutable for a year, precompressed (Brotli or gzip by Accept-Encoding, the
/// bytes as built, never compressed per request).
/// </summary>
public sealed class WebChatBundle
{
    public const string Folder = "lib";

    private readonly IFileProvider _files;

    public WebChatBundle(IWebHostEnvironment environment)
    {
        _files = environment.WebRootFileProvider;
        var manifest = _files.GetFileInfo($"{Folder}/webchat.json");
        if (manifest.Exists)
        {
            using var stream = manifest.CreateReadStream();
            FileName = JsonDocument.Parse(stream).RootElement.GetProperty("file").GetString();
        }
    }

    /// <summary>webchat.&lt;hash&gt;.js, or null when the bundle was not built (SkipWebChatBuild).</summary>
    public string? FileName { get; }

    /// <summary>The bundle's path on the bot, e.g. <c>/lib/webchat.0123456789abcdef.js</c>.</summary>
    public string? Path => FileName is null ? null : $"/{Folder}/{FileName}";

    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet($"/{Folder}/{{file}}", Serve).ExcludeFromDescription();

    private IResult Serve(HttpContext http, string file)
    {
        if (FileName is null || file != FileName)
        {
            return Results.NotFound();
        }

        var (suffix, encoding) = Negotiate(http.Request.Headers.AcceptEncoding.ToString());
        var info = _files.GetFileInfo($"{Folder}/{FileName}{suffix}");
        if (!info.Exists || info.PhysicalPath is null)
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.XContentTypeOptions = "nosniff";
        // Lets the embedding site measure the chat's load in its own performance tools (timing only, no content).
        headers["Timing-Allow-Origin"] = "*";
        headers.AccessControlAllowOrigin = "*";
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        return Results.File(info.PhysicalPath, "text/javascript; charset=utf-8",
            entityTag: new EntityTagHeaderValue($"\"{System.IO.Path.GetFileNameWithoutExtension(FileName)}{suffix}\""));
    }

    /// <summary>Brotli when the client takes it, else gzip, else the plain file.</summary>
    internal static (string Suffix, string? Encoding) Negotiate(string acceptEncoding)
    {
        var accepted = acceptEncoding.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Split(';', StringSplitOptions.TrimEntries))
            .Where(p => !p.Skip(1).Any(q => q.Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"))
            .Select(p => p[0].ToLowerInvariant())
            .ToHashSet();
        return accepted.Contains("br") ? (".br", "br") : accepted.Contains("gzip") ? (".gz", "gzip") : ("", null);
    }
}

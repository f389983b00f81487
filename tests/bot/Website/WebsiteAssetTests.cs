using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using LeadBot.Bot.DirectLine;
using LeadBot.Bot.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Website;

/// <summary>What the browser downloads, over real HTTP: the Web Chat bundle under a content-hash name, precompressed
/// with Brotli and gzip and cached for a year; the widget script at its one fixed address, compressed and revalidated.
/// The tests only read, so they share one host with the default settings.</summary>
public sealed class WebsiteAssetTests(WebsiteAssetTests.DefaultWebsite shared) : IClassFixture<WebsiteAssetTests.DefaultWebsite>
{
    private readonly WebsiteHost _host = shared.Host;

    public sealed class DefaultWebsite : IAsyncLifetime
    {
        public WebsiteHost Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await WebsiteHost.StartAsync();

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task The_web_chat_bundle_has_a_content_hash_name_is_precompressed_and_cached_for_a_year()
    {
        var bundle = _host.Services.GetRequiredService<WebChatBundle>();
        Assert.Matches(@"^/lib/webchat\.[0-9a-f]{16}\.js$", bundle.Path);
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = _host.BaseAddress };

        var plain = await GetAsync(http, bundle.Path!, null);
        Assert.Null(plain.Content.Headers.ContentEncoding.FirstOrDefault());
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.StartsWith(Convert.ToHexStringLower(SHA256.HashData(bytes))[..16], bundle.FileName![8..]);
        Assert.Equal("public, max-age=31536000, immutable", plain.Headers.CacheControl!.ToString());
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
        Assert.Equal("text/javascript", plain.Content.Headers.ContentType!.MediaType);

        foreach (var (encoding, decompress) in new (string, Func<Stream, Stream>)[]
                 {
                     ("br", s => new BrotliStream(s, CompressionMode.Decompress)),
                     ("gzip", s => new GZipStream(s, CompressionMode.Decompress)),
                 })
        {
            using var compressed = await GetAsync(http, bundle.Path!, encoding + ", deflate");
            Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
            var body = await compressed.Content.ReadAsByteArrayAsync();
            Assert.True(body.Length < bytes.Length / 3, $"{encoding}: {body.Length} of {bytes.Length} bytes");
            using var unpacked = new MemoryStream();
            await decompress(new MemoryStream(body)).CopyToAsync(unpacked);
            Assert.Equal(bytes, unpacked.ToArray());

            using var revalidate = new HttpRequestMessage(HttpMethod.Get, bundle.Path);
            revalidate.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            revalidate.Headers.IfNoneMatch.Add(compressed.Headers.ETag!);
            using var notModified = await http.SendAsync(revalidate);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }

        using var stale = await http.GetAsync("/lib/webchat.0000000000000000.js");
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
    }

    [Fact]
    public async Task The_widget_script_is_one_fixed_address_compressed_revalidated_and_names_the_hashed_bundle()
    {
        var bundle = _host.Services.GetRequiredService<WebChatBundle>();
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = _host.BaseAddress };
        using var plain = await GetAsync(http, "/leadbot.js", null);
        var script = await plain.Content.ReadAsStringAsync();
        Assert.Equal("public, max-age=300", plain.Headers.CacheControl!.ToString());
        Assert.Contains(bundle.Path!, script);
        Assert.DoesNotContain("/*LEADBOT_SERVER*/", script);
        Assert.Contains("\"Beispiel GmbH\"", script);
        Assert.Contains(".lbw-launcher", script);

        using var brotli = await GetAsync(http, "/leadbot.js", "gzip, deflate, br");
        Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
        using var unpacked = new MemoryStream();
        await new BrotliStream(await brotli.Content.ReadAsStreamAsync(), CompressionMode.Decompress).CopyToAsync(unpacked);
        Assert.Equal(script, Encoding.UTF8.GetString(unpacked.ToArray()));

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/leadbot.js");
        revalidate.Headers.IfNoneMatch.Add(plain.Headers.ETag!);
        using var notModified = await http.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task An_avatar_on_another_https_host_is_allowed_by_the_pages_content_security_policy_and_only_that_host()
    {
        await using var host = await WebsiteHost.StartAsync(new Dictionary<string, string?> { ["Website:AvatarUrl"] = "https://cdn.example.com/team/anna.png" });
        using var http = host.CreateClient();
        foreach (var path in new[] { "/", "/embed" })
        {
            using var page = await GetAsync(http, path, null);
            var policy = page.Headers.GetValues("Content-Security-Policy").Single();
            var images = policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("img-src ", StringComparison.Ordinal));
            Assert.Equal("img-src 'self' data: blob: https://cdn.example.com", images);
        }

        // Without one (initials), no other host.
        using var defaults = _host.CreateClient();
        using var plain = await GetAsync(defaults, "/", null);
        Assert.Contains("img-src 'self' data: blob:;", plain.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Website:AccentColor", "green")]
    [InlineData("Website:Position", "top")]
    [InlineData("Website:Language", "fr")]
    [InlineData("Website:GreetingDelaySeconds", "-1")]
    [InlineData("Website:AvatarUrl", "http://insecure.example.com/a.png")]
    [InlineData("Website:Greeting:fr", "Bonjour")]
    public async Task Bad_widget_settings_stop_start_up_naming_the_key(string key, string value)
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            WebsiteHost.StartAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(key, error.Message);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}

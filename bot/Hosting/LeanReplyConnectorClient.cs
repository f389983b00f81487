using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace LeadBot.Bot.Hosting;

/// <summary>
/// A connector client whose two reply calls (<see cref="IConversations.ReplyToActivityWithHttpMessagesAsync"/> and
/// <see cref="IConversations.SendToConversationWithHttpMessagesAsync"/>, what <c>CloudAdapterBase.SendActivitiesAsync</c>
/// calls for every reply) take a cheaper path than the generated code; everything else is the stock
/// <see cref="ConnectorClient"/>.
/// </summary>
/// <remarks>
/// The generated operations build a new <see cref="JsonSerializer"/> from the client's settings for every activity and
/// again for every answer, resolve the URL through three <see cref="Uri"/> objects and parse the content type: at the
/// reply rate of a busy bot that is a noticeable share of its CPU. See <see cref="LeanReplyConversations"/> for what
/// stays exactly the same on the wire. Attachments, Teams' calls and every other conversation operation are the stock
/// client's own, unchanged.
/// </remarks>
public sealed class LeanReplyConnectorClient : IConnectorClient
{
    /// <param name="inner">The stock client.</param>
    /// <param name="sharedBetweenTurns">true: the client outlives the turn, so <see cref="Dispose"/> (which
    /// <c>TurnContext</c> calls at the end of every turn) does nothing and its owner calls <see cref="Release"/>.</param>
    public LeanReplyConnectorClient(ConnectorClient inner, bool sharedBetweenTurns = false)
    {
        Inner = inner ?? throw new ArgumentNullException(nameof(inner));
        Conversations = new LeanReplyConversations(inner);
        SharedBetweenTurns = sharedBetweenTurns;
    }

    public bool SharedBetweenTurns { get; }

    /// <summary>The stock client: its HTTP client, credentials and settings serve the replies too.</summary>
    public ConnectorClient Inner { get; }

    public Uri BaseUri
    {
        get => Inner.BaseUri;
        set => Inner.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => Inner.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => Inner.DeserializationSettings;

    public ServiceClientCredentials Credentials => Inner.Credentials;

    public IAttachments Attachments => Inner.Attachments;

    public IConversations Conversations { get; }

    public void Dispose()
    {
        if (!SharedBetweenTurns)
        {
            Inner.Dispose();
        }
    }

    /// <summary>Disposes the stock client of a client shared between turns (its owner, when the host stops).</summary>
    internal void Release() => Inner.Dispose();
}

/// <summary>
/// The conversation operations of a <see cref="LeanReplyConnectorClient"/>: replies are sent here, everything else goes
/// to the stock operations.
/// </summary>
/// <remarks>
/// A reply is the request the generated <c>Conversations</c> code makes (Bot Framework 4.23), made with less work:
/// <list type="bullet">
/// <item>URL: the same expression on the client's <see cref="ConnectorClient.BaseUri"/> (escaped with
/// <see cref="Uri.EscapeDataString"/>), its template computed once per base URI instead of per reply.</item>
/// <item>Body: the activity serialized with ONE <see cref="JsonSerializer"/> created from the client's own
/// <see cref="ConnectorClient.SerializationSettings"/> (what the generated code creates anew each time), written as
/// UTF-8 like its <c>StringContent</c>; same <c>Content-Type: application/json; charset=utf-8</c>. The settings are read
/// when this object is created, right after the client: nothing in the bot changes them later.</item>
/// <item>Headers: custom headers as given, <c>x-ms-conversation-id</c> on a reply to an activity, then the
/// credentials' <c>ProcessHttpRequestAsync</c> (the bearer token on Azure channels), sent on the client's own
/// <see cref="ServiceClient{T}.HttpClient"/> (its default headers, handlers and timeout).</item>
/// <item>Answer: 200, 201 and 202 are success and their body is read as the <see cref="ResourceResponse"/>; any other
/// status throws <see cref="ErrorResponseException"/> with the error body, request and response, as the generated code
/// does, so the adapter's error handling, the turn's redelivery and the Teams outbox's Retry-After see the same.</item>
/// </list>
/// While <see cref="ServiceClientTracing"/> is enabled (a diagnostic session), replies go through the stock code so
/// that tracing interceptors see them as before. tests/bot/Hosting/LeanReplyConnectorClientTests.cs compares both
/// paths request by request.
/// </remarks>
internal sealed class LeanReplyConversations : IConversations
{
    private const string SendToConversationPath = "v3/conversations/{conversationId}/activities";
    private const string ReplyToActivityPath = "v3/conversations/{conversationId}/activities/{activityId}";

    private readonly ConnectorClient _client;
    private readonly IConversations _stock;
    private readonly JsonSerializer _activityWriter;
    private readonly JsonSerializer _answerReader;
    private UrlTemplates? _templates;

    public LeanReplyConversations(ConnectorClient client)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _stock = client.Conversations;
        // What SafeJsonConvert does per call, once: Create (not CreateDefault, so JsonConvert.DefaultSettings never
        // applies), and answers must be a single JSON value.
        _activityWriter = JsonSerializer.Create(client.SerializationSettings);
        _answerReader = JsonSerializer.Create(client.DeserializationSettings);
        _answerReader.CheckAdditionalContent = true;
    }

    public Task<HttpOperationResponse<ResourceResponse>> ReplyToActivityWithHttpMessagesAsync(string conversationId, string activityId, Activity activity, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default)
    {
        ArgumentNotNull(conversationId, nameof(conversationId));
        ArgumentNotNull(activityId, nameof(activityId));
        ArgumentNotNull(activity, nameof(activity));
        if (ServiceClientTracing.IsEnabled)
        {
            return _stock.ReplyToActivityWithHttpMessagesAsync(conversationId, activityId, activity, customHeaders, cancellationToken);
        }

        var url = TemplatesFor(_client.BaseUri).ReplyToActivity
            .Replace("{conversationId}", Uri.EscapeDataString(conversationId), StringComparison.Ordinal)
            .Replace("{activityId}", Uri.EscapeDataString(activityId), StringComparison.Ordinal);
        return PostAsync(url, conversationId, activity, customHeaders, cancellationToken);
    }

    public Task<HttpOperationResponse<ResourceResponse>> SendToConversationWithHttpMessagesAsync(string conversationId, Activity activity, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default)
    {
        ArgumentNotNull(conversationId, nameof(conversationId));
        ArgumentNotNull(activity, nameof(activity));
        if (ServiceClientTracing.IsEnabled)
        {
            return _stock.SendToConversationWithHttpMessagesAsync(conversationId, activity, customHeaders, cancellationToken);
        }

        var url = TemplatesFor(_client.BaseUri).SendToConversation
            .Replace("{conversationId}", Uri.EscapeDataString(conversationId), StringComparison.Ordinal);
        return PostAsync(url, replyToConversationId: null, activity, customHeaders, cancellationToken);
    }

    /// <summary>Posts <paramref name="activity"/> to <paramref name="url"/>; <paramref name="replyToConversationId"/>
    /// is set for a reply to an activity, which the generated code marks with <c>x-ms-conversation-id</c>.</summary>
    private async Task<HttpOperationResponse<ResourceResponse>> PostAsync(string url, string? replyToConversationId, Activity activity,
        Dictionary<string, List<string>>? customHeaders, CancellationToken cancellationToken)
    {
        HttpRequestMessage? request = new(HttpMethod.Post, new Uri(url));
        HttpResponseMessage? response = null;
        try
        {
            if (customHeaders is not null)
            {
                foreach (var (name, values) in customHeaders)
                {
                    if (request.Headers.Contains(name))
                    {
                        request.Headers.Remove(name);
                    }

                    request.Headers.TryAddWithoutValidation(name, values);
                }
            }

            // A header carries only printable ASCII; the id is in the URL anyway, so an id beyond that (a conversation id a
            // channel never sends, but anyone can) goes without the header instead of failing the reply.
            if (replyToConversationId is not null && replyToConversationId.All(c => c is >= ' ' and <= '~'))
            {
                request.Headers.Add("x-ms-conversation-id", replyToConversationId);
            }

            var requestContent = Serialize(activity);
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(requestContent));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

            var credentials = _client.Credentials;
            if (credentials is not null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await credentials.ProcessHttpRequestAsync(request, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            response = await _client.HttpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();

            var status = response.StatusCode;
            if (status is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted))
            {
                throw await FailureAsync(request, requestContent, response).ConfigureAwait(false);
            }

            var responseContent = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
            ResourceResponse? body;
            try
            {
                body = Deserialize<ResourceResponse>(responseContent);
            }
            catch (JsonException exception)
            {
                throw new SerializationException("Unable to deserialize the response.", responseContent, exception);
            }

            // Null for an empty answer (a 202 without body), as with the generated code.
            var result = new HttpOperationResponse<ResourceResponse> { Request = request, Response = response, Body = body! };
            request = null;
            response = null;
            return result;
        }
        finally
        {
            // Only on failure: on success both belong to the result, which the caller disposes.
            request?.Dispose();
            response?.Dispose();
        }
    }

    /// <summary>The exception the generated code throws for a status it does not expect: the error body when the answer
    /// is one, the request (with its body, credentials scrubbed by the wrapper) and the response with its headers.</summary>
    private async Task<ErrorResponseException> FailureAsync(HttpRequestMessage request, string requestContent, HttpResponseMessage response)
    {
        var exception = new ErrorResponseException($"Operation returned an invalid status code '{response.StatusCode}'");
        string? responseContent = null;
        try
        {
            responseContent = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
            if (Deserialize<ErrorResponse>(responseContent) is { } error)
            {
                exception.Body = error;
            }
        }
        catch (JsonException)
        {
            // Not an error body (an HTML page from a proxy, say): the status and the raw content tell what happened.
        }

        exception.Request = new HttpRequestMessageWrapper(request, requestContent);
        exception.Response = new HttpResponseMessageWrapper(response, responseContent);
        return exception;
    }

    private string Serialize(Activity activity)
    {
        using var text = new StringWriter(new StringBuilder(1024), CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text) { Formatting = _activityWriter.Formatting })
        {
            _activityWriter.Serialize(json, activity);
        }

        return text.ToString();
    }

    private T? Deserialize<T>(string content)
    {
        using var json = new JsonTextReader(new StringReader(content));
        return (T?)_answerReader.Deserialize(json, typeof(T));
    }

    private static void ArgumentNotNull(object? value, string name)
    {
        if (value is null)
        {
            throw new ValidationException(ValidationRules.CannotBeNull, name);
        }
    }

    /// <summary>The URL templates of the current base URI (a client's base URI can be set; it practically never is).</summary>
    private UrlTemplates TemplatesFor(Uri baseUri)
    {
        var templates = Volatile.Read(ref _templates);
        if (templates is null || !ReferenceEquals(templates.BaseUri, baseUri))
        {
            templates = new UrlTemplates(baseUri, Resolve(baseUri, SendToConversationPath), Resolve(baseUri, ReplyToActivityPath));
            Volatile.Write(ref _templates, templates);
        }

        return templates;
    }

    /// <summary>The generated code's resolution of an operation path against the base URI (a slash appended to the base
    /// first), placeholders still in, so that only the escaped ids are put in per call.</summary>
    private static string Resolve(Uri baseUri, string path)
    {
        var absolute = baseUri.AbsoluteUri;
        var root = new Uri(absolute.EndsWith('/') ? absolute : absolute + "/");
        return new Uri(root, path).ToString();
    }

    private sealed record UrlTemplates(Uri BaseUri, string SendToConversation, string ReplyToActivity);

    public Task<HttpOperationResponse<ConversationsResult>> GetConversationsWithHttpMessagesAsync(string? continuationToken = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        _stock.GetConversationsWithHttpMessagesAsync(continuationToken, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ConversationResourceResponse>> CreateConversationWithHttpMessagesAsync(ConversationParameters parameters, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        _stock.CreateConversationWithHttpMessagesAsync(parameters, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ResourceResponse>> SendConversationHistoryWithHttpMessagesAsync(string conversationId, Transcript transcript, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        _stock.SendConversationHistoryWithHttpMessagesAsync(conversationId, transcript, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ResourceResponse>> UpdateActivityWithHttpMessagesAsync(string conversationId, string activityId, Activity activity, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        _stock.UpdateActivityWithHttpMessagesAsync(conversationId, activityId, activity, customHeaders, cancellationToken);

    public Task<HttpOperationResponse> DeleteActivityWithHttpMessagesAsync(string conversationId, string activityId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        _stock.DeleteActivityWithHttpMessagesAsync(conversationId, activityId, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<IList<ChannelAccount>>> GetConversationMembersWithHttpMessagesAsync(string conversationId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        _stock.GetConversationMembersWithHttpMessagesAsync(conversationId, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<PagedMembersResult>> GetConversationPagedMembersWithHttpMessagesAsync(string conversationId, int? pageSize = null, string? continuationToken = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        _stock.GetConversationPagedMembersWithHttpMessagesAsync(conversationId, pageSize, continuationToken, customHeaders, cancellationToken);

    public Task<HttpOperationResponse> DeleteConversationMemberWithHttpMessagesAsync(string conversationId, string memberId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        _stock.DeleteConversationMemberWithHttpMessagesAsync(conversationId, memberId, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<IList<ChannelAccount>>> GetActivityMembersWithHttpMessagesAsync(string conversationId, string activityId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        _stock.GetActivityMembersWithHttpMessagesAsync(conversationId, activityId, customHeaders, cancellationToken);

    public Task<HttpOperationResponse<ResourceResponse>> UploadAttachmentWithHttpMessagesAsync(string conversationId, AttachmentData attachmentUpload, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) =>
        _stock.UploadAttachmentWithHttpMessagesAsync(conversationId, attachmentUpload, customHeaders, cancellationToken);
}

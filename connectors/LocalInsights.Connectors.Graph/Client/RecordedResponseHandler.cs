using System.Net;
using System.Text;
using System.Text.Json;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Graph.Client;

/// <summary>
/// The innermost handler of a replay. It returns, for each request, the recorded response that matches it, from a
/// folder with a <c>responses.json</c> index, and never opens a connection. A request with no recording gets a
/// 404 with a Graph error body that names it.
/// </summary>
internal sealed class RecordedResponseHandler : HttpMessageHandler
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private readonly string _folder;
    private readonly List<(RecordedResponse Response, string Method, string Path, Dictionary<string, string> Query)>
        _entries;

    private RecordedResponseHandler(string folder, RecordedResponseFile file)
    {
        _folder = folder;
        _entries = file.Responses.Select(Parse).ToList();
    }

    /// <summary>Loads the index of <paramref name="folder"/>; throws a <see cref="ConnectorException"/> when
    /// it is missing or invalid.</summary>
    public static RecordedResponseHandler Load(string folder, string settingsKey)
    {
        var index = Path.Combine(folder, "responses.json");
        if (!File.Exists(index))
        {
            throw new ConnectorException(
                $"The recorded responses index {index} was not found; check {settingsKey}.");
        }

        try
        {
            var file = JsonSerializer.Deserialize<RecordedResponseFile>(File.ReadAllBytes(index), JsonOptions)
                ?? new RecordedResponseFile();
            return new RecordedResponseHandler(folder, file);
        }
        catch (JsonException exception)
        {
            throw new ConnectorException($"The recorded responses index {index} is not valid JSON: "
                + $"{exception.Message}", exception);
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Redirects are followed here, as the network handler does for the report downloads' 302.
        var uri = request.RequestUri!;
        for (var redirects = 0; redirects < 5; redirects++)
        {
            var response = Answer(request.Method.Method, uri);
            if ((int)response.StatusCode is < 300 or > 399 || response.Headers.Location is not { } location)
            {
                return Task.FromResult(response);
            }

            uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
            response.Dispose();
        }

        return Task.FromResult(Missing(request.Method.Method, $"{uri.AbsolutePath} (more than 5 redirects)"));
    }

    private HttpResponseMessage Answer(string method, Uri uri)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var query = ParseQuery(uri.Query);
        var match = _entries
            .Where(entry => string.Equals(entry.Method, method, StringComparison.OrdinalIgnoreCase)
                && string.Equals(entry.Path, path, StringComparison.OrdinalIgnoreCase)
                && entry.Query.All(pair => query.TryGetValue(pair.Key, out var value)
                    && string.Equals(value, pair.Value, StringComparison.Ordinal)))
            .OrderByDescending(entry => entry.Query.Count)
            .Select(entry => entry.Response)
            .FirstOrDefault();
        return match is null ? Missing(method, path) : Build(match);
    }

    private HttpResponseMessage Build(RecordedResponse recorded)
    {
        var response = new HttpResponseMessage((HttpStatusCode)recorded.Status);
        var body = string.IsNullOrEmpty(recorded.Body) ? [] : File.ReadAllBytes(Path.Combine(_folder, recorded.Body));
        response.Content = new ByteArrayContent(body);
        response.Content.Headers.TryAddWithoutValidation("Content-Type", recorded.ContentType);
        foreach (var (name, value) in recorded.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    private static HttpResponseMessage Missing(string method, string path)
    {
        var message = JsonSerializer.Serialize($"No recorded response matches {method} {path}.");
        return new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            Content = new StringContent($"{{\"error\":{{\"code\":\"NotRecorded\",\"message\":{message}}}}}",
                Encoding.UTF8, "application/json"),
        };
    }

    private static (RecordedResponse, string, string, Dictionary<string, string>) Parse(RecordedResponse response)
    {
        var space = response.Request.IndexOf(' ', StringComparison.Ordinal);
        var method = space > 0 ? response.Request[..space] : "GET";
        var target = space > 0 ? response.Request[(space + 1)..].Trim() : response.Request.Trim();
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question >= 0 ? target[..question] : target;
        var query = question >= 0 ? ParseQuery(target[question..]) : [];
        return (response, method, Uri.UnescapeDataString(path), query);
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals >= 0 ? pair[..equals] : pair);
            result[name] = equals >= 0 ? Uri.UnescapeDataString(pair[(equals + 1)..]) : string.Empty;
        }

        return result;
    }
}

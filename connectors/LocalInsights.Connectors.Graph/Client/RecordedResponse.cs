namespace LocalInsights.Connectors.Graph.Client;

/// <summary>One recorded Graph exchange of a <c>responses.json</c> file.</summary>
internal sealed class RecordedResponse
{
    /// <summary>
    /// Method and path, optionally with query parameters, such as
    /// <c>GET /v1.0/deviceManagement/managedDevices?$skiptoken=page2</c>. The host is ignored; the listed
    /// query parameters must all be in the request, which may have more.
    /// </summary>
    public string Request { get; set; } = string.Empty;

    public int Status { get; set; } = 200;

    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>File of the body, next to <c>responses.json</c>; empty for no body.</summary>
    public string? Body { get; set; }

    public string ContentType { get; set; } = "application/json";
}

namespace LocalInsights.Connectors.Graph.Client;

/// <summary>The content of a <c>responses.json</c> file.</summary>
internal sealed class RecordedResponseFile
{
    public List<RecordedResponse> Responses { get; init; } = [];
}

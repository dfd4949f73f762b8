namespace LocalInsights.Reports.PowerBI.Tests.Fake;

/// <summary>One request the fake received, with its arrival time on the fake clock and the result it gave.</summary>
internal sealed record FakeRequestRecord(
    string Method,
    string PathAndQuery,
    string? OperationId,
    string? DatasetId,
    string? Table,
    int Rows,
    DateTimeOffset ArrivedAt,
    string RequestId,
    IReadOnlyDictionary<string, string> Headers)
{
    public int StatusCode { get; set; }
}

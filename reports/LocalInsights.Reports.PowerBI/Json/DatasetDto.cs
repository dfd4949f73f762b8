namespace LocalInsights.Reports.PowerBI.Json;

/// <summary>The dataset properties the publisher reads (swagger definition <c>Dataset</c>).</summary>
internal sealed class DatasetDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>True for push datasets, which accept POST rows.</summary>
    public bool? AddRowsAPIEnabled { get; set; }

    public bool? IsRefreshable { get; set; }
}

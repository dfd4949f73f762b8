namespace LocalInsights.Reports.PowerBI.Json;

/// <summary>Body of POST datasets (swagger definition <c>CreateDatasetRequest</c>).</summary>
internal sealed class CreateDatasetDto
{
    public required string Name { get; set; }

    public required string DefaultMode { get; set; }

    public required List<TableDto> Tables { get; set; }
}

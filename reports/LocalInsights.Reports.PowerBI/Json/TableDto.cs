namespace LocalInsights.Reports.PowerBI.Json;

/// <summary>A push dataset table (swagger definition <c>Table</c>).</summary>
internal sealed class TableDto
{
    public required string Name { get; set; }

    /// <summary>Columns; some responses list tables by name only, so this may be null.</summary>
    public List<ColumnDto>? Columns { get; set; }
}

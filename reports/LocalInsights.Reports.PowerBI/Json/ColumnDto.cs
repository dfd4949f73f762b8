namespace LocalInsights.Reports.PowerBI.Json;

/// <summary>A push dataset column (swagger definition <c>Column</c>).</summary>
internal sealed class ColumnDto
{
    public required string Name { get; set; }

    /// <summary>Int64, Double, Boolean, DateTime or String.</summary>
    public required string DataType { get; set; }
}

using LocalInsights.Core.Aggregation;

namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>A push dataset column derived from a fact column: its name, Power BI data type and fact type.</summary>
internal sealed record PushColumn(string Name, string DataType, FactColumnType FactType);

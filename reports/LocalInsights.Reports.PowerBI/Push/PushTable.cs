using LocalInsights.Core.Aggregation;

namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>A push dataset table derived from a fact table, with the facts whose rows it receives.</summary>
internal sealed record PushTable(string Name, IReadOnlyList<PushColumn> Columns, IFactTable Facts);

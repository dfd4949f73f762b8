namespace LocalInsights.Connectors.Graph.Reports;

/// <summary>A usage report row: the user principal name (or its concealed form) and the last activity day.</summary>
internal sealed record UsageReportRow(long Line, string UserPrincipalName, DateOnly? LastActivity);

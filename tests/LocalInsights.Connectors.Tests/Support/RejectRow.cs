namespace LocalInsights.Connectors.Tests.Support;

/// <summary>One line of a pull's <c>rejects.csv</c>, as stored (text values may carry an apostrophe prefix).</summary>
public sealed record RejectRow(string Source, string File, long? Line, string? Field, string? Value, string Reason);

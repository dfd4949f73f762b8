namespace LocalInsights.Reports.PowerBI;

/// <summary>Rows sent to one push dataset table.</summary>
/// <param name="Table">Table name, the fact table's name.</param>
/// <param name="Rows">Rows the table contains after the publication.</param>
/// <param name="PostRequests">POST rows requests that succeeded, reloads included.</param>
/// <param name="Attempts">1, or more when the table was reloaded after an ambiguous failure.</param>
public sealed record PowerBITableResult(string Table, int Rows, int PostRequests, int Attempts);

namespace LocalInsights.Connectors.Ent;

/// <summary>A count read from a row, with whether the cell was usable and its value (null when empty).</summary>
internal readonly record struct CountRead(bool IsValid, long? Value);

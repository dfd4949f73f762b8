namespace LocalInsights.Connectors.Investment.Parsing;

/// <summary>Why one value of a register row cannot be used.</summary>
/// <param name="Column">Header of the column, as the file writes it.</param>
/// <param name="Value">The value as the cell shows it, or null when the cell is blank.</param>
/// <param name="Reason">What is wrong and how to write the value, for the person who keeps the register.</param>
internal sealed record RowProblem(string Column, string? Value, string Reason);

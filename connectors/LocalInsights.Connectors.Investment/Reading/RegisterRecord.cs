namespace LocalInsights.Connectors.Investment.Reading;

/// <summary>A row of a register with the line (delimited file) or row number (workbook) it starts on.</summary>
/// <param name="UnclosedQuote">True when a quoted value of a delimited file is never closed.</param>
internal sealed record RegisterRecord(long Line, IReadOnlyList<RegisterCell> Cells, bool UnclosedQuote = false)
{
    /// <summary>Returns the cell at <paramref name="index"/>, or a blank cell past the end of the row.</summary>
    public RegisterCell Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : RegisterCell.Blank;

    public bool IsBlank => Cells.All(cell => cell.IsBlank);
}

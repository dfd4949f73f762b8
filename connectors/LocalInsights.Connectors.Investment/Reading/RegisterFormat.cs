namespace LocalInsights.Connectors.Investment.Reading;

/// <summary>How a register file is read, decided by its extension.</summary>
internal enum RegisterFormat
{
    /// <summary><c>.csv</c>, <c>.txt</c> or <c>.tsv</c>, read as delimited text.</summary>
    Delimited,

    /// <summary><c>.xlsx</c> or <c>.xlsm</c>, read as an Excel workbook.</summary>
    Workbook,
}

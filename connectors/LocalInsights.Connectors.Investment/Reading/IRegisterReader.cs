namespace LocalInsights.Connectors.Investment.Reading;

/// <summary>Reads the rows of one register file, header candidates included, skipping blank rows.</summary>
internal interface IRegisterReader : IDisposable
{
    /// <summary>True for delimited text, where a row with more or fewer fields than the header is shifted.</summary>
    bool ChecksFieldCount { get; }

    /// <summary>Things repaired while opening the file, to log as warnings.</summary>
    IReadOnlyList<string> Warnings { get; }

    IEnumerable<RegisterRecord> ReadRecords();
}

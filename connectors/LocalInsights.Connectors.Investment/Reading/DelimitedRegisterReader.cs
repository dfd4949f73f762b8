using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Investment.Reading;

/// <summary>
/// Reads a delimited register with <see cref="DelimitedFile"/>: encoding detected or set, a <c>sep=</c> line
/// honoured, quoted values with separators and line breaks kept whole. Every cell is text.
/// </summary>
internal sealed class DelimitedRegisterReader : IRegisterReader
{
    private readonly DelimitedFile _file;

    private DelimitedRegisterReader(DelimitedFile file)
    {
        _file = file;
    }

    public bool ChecksFieldCount => true;

    public IReadOnlyList<string> Warnings => _file.Warnings;

    /// <summary>
    /// Opens the file of <paramref name="settings"/>, or throws <see cref="IOException"/> or
    /// <see cref="InvalidDataException"/>.
    /// </summary>
    public static DelimitedRegisterReader Open(RegisterFileSettings settings) =>
        new(DelimitedFile.Open(settings.FullPath, new DelimitedFileOptions
        {
            Encoding = settings.Encoding,
            Separator = settings.Separator,
        }));

    public IEnumerable<RegisterRecord> ReadRecords()
    {
        yield return new RegisterRecord(_file.HeaderLine, _file.Header.Select(RegisterCell.FromText).ToArray());
        foreach (var row in _file.ReadRows())
        {
            yield return new RegisterRecord(row.Line, row.Fields.Select(RegisterCell.FromText).ToArray(),
                row.UnclosedQuote);
        }
    }

    public void Dispose() => _file.Dispose();
}

using LocalInsights.Connectors.Investment.Reading;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Investment.Parsing;

/// <summary>Where each mapped field sits in a register's header, matched by name in any order.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<InvestmentField, int> _indexes;

    private ColumnMap(long headerLine, IReadOnlyList<string> header, Dictionary<InvestmentField, int> indexes)
    {
        HeaderLine = headerLine;
        Header = header;
        _indexes = indexes;
    }

    public long HeaderLine { get; }

    /// <summary>The header as the file writes it, blank cells included.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Number of header cells, the count every delimited row must have.</summary>
    public int Width => Header.Count;

    /// <summary>Required fields the header lacks. An amount needs AmountExcludingTax or UnitPrice.</summary>
    public IReadOnlyList<InvestmentField> MissingFields { get; private init; } = [];

    public static ColumnMap Match(RegisterRecord header, RegisterFileSettings settings)
    {
        var names = header.Cells.Select(cell => cell.Text).ToList();
        var folded = names.Select(TextFolding.Fold).ToList();
        var indexes = new Dictionary<InvestmentField, int>();
        foreach (var (field, column) in settings.Columns)
        {
            var index = folded.IndexOf(TextFolding.Fold(column));
            if (index >= 0)
            {
                indexes[field] = index;
            }
        }

        var missing = InvestmentRegisterOptionsValidator.RequiredFields.Where(field => !indexes.ContainsKey(field))
            .ToList();
        if (!indexes.ContainsKey(InvestmentField.AmountExcludingTax) && !indexes.ContainsKey(InvestmentField.UnitPrice))
        {
            missing.Add(settings.Columns.ContainsKey(InvestmentField.AmountExcludingTax)
                ? InvestmentField.AmountExcludingTax
                : InvestmentField.UnitPrice);
        }

        return new ColumnMap(header.Line, names, indexes) { MissingFields = missing };
    }

    public bool Has(InvestmentField field) => _indexes.ContainsKey(field);

    /// <summary>
    /// Returns the column index of <paramref name="field"/>, or -1 when the register has no such column.
    /// </summary>
    public int IndexOf(InvestmentField field) => _indexes.TryGetValue(field, out var index) ? index : -1;

    public string HeaderOf(InvestmentField field) => _indexes.TryGetValue(field, out var index)
        ? Header[index]
        : field.ToString();

    /// <summary>Headers that no field maps, such as comments: they are never read.</summary>
    public IEnumerable<string> UnreadColumns() =>
        Header.Where((name, index) => name.Length > 0 && !_indexes.ContainsValue(index));
}

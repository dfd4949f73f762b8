using LocalInsights.Connectors.Investment.Reading;

namespace LocalInsights.Connectors.Investment.Parsing;

/// <summary>
/// Reads the fields of one register row and collects a <see cref="RowProblem"/> for each value that cannot be
/// used, so that one reject can list every problem of the row.
/// </summary>
internal sealed class RowFields(RegisterRecord record, ColumnMap columns, RegisterFileSettings settings)
{
    public List<RowProblem> Problems { get; } = [];

    public RegisterCell Cell(InvestmentField field) => record.Cell(columns.IndexOf(field));

    /// <summary>True when the register has a column for <paramref name="field"/>.</summary>
    public bool Has(InvestmentField field) => columns.Has(field);

    public void Fail(InvestmentField field, string reason)
    {
        var cell = Cell(field);
        Problems.Add(new RowProblem(columns.HeaderOf(field), cell.IsBlank ? null : cell.Text, reason));
    }

    /// <summary>Returns the trimmed text of a field, or null when blank. A blank required field is a problem.</summary>
    public string? Text(InvestmentField field, bool required = false)
    {
        var cell = Cell(field);
        if (cell.Kind == RegisterCellKind.Error)
        {
            Fail(field, cell.Text);
            return null;
        }

        if (cell.IsBlank)
        {
            if (required)
            {
                Fail(field, $"the value is missing: every line needs its {columns.HeaderOf(field)}");
            }

            return null;
        }

        return cell.Text.Trim();
    }

    public decimal? Amount(InvestmentField field)
    {
        var cell = Cell(field);
        if (cell.IsBlank)
        {
            return null;
        }

        if (!CellParser.TryAmount(cell, settings.DecimalSeparator, out var value, out var reason))
        {
            Fail(field, reason);
            return null;
        }

        return value;
    }

    /// <summary>Returns a rate as a fraction from 0 to 1, or null when blank.</summary>
    public decimal? Rate(InvestmentField field)
    {
        var cell = Cell(field);
        if (cell.IsBlank)
        {
            return null;
        }

        if (!CellParser.TryRate(cell, out var value, out var reason))
        {
            Fail(field, reason);
            return null;
        }

        if (value is < 0 or > 1)
        {
            Fail(field, "the rate must be between 0 % and 100 %");
            return null;
        }

        return value;
    }

    public DateOnly? Day(InvestmentField field)
    {
        var cell = Cell(field);
        if (cell.IsBlank)
        {
            Fail(field, $"the value is missing: every line needs its {columns.HeaderOf(field)}");
            return null;
        }

        if (!CellParser.TryDay(cell, settings.Dates, out var day, out var reason))
        {
            Fail(field, reason);
            return null;
        }

        return day;
    }

    public int? WholeNumber(InvestmentField field)
    {
        var cell = Cell(field);
        if (cell.IsBlank)
        {
            return null;
        }

        if (!CellParser.TryWholeNumber(cell, out var value, out var reason))
        {
            Fail(field, reason);
            return null;
        }

        return value;
    }
}

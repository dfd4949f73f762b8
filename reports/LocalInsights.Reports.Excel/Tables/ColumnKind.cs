namespace LocalInsights.Reports.Excel.Tables;

/// <summary>Cell type and number format of a report column.</summary>
internal enum ColumnKind
{
    /// <summary>Text from data, written through <see cref="SafeCell"/>.</summary>
    Text,

    /// <summary>Whole number, format <c>#,##0</c>.</summary>
    Integer,

    /// <summary>Number with one decimal, format <c>#,##0.0</c>.</summary>
    Decimal,

    /// <summary>Quantity: <c>#,##0</c> when whole, otherwise <c>#,##0.00</c>.</summary>
    Quantity,

    /// <summary>Fraction shown as a percentage, format <c>0.0%</c>.</summary>
    Percent,

    /// <summary>Amount in euros, shown as <c>1 234,50 €</c> in French Excel.</summary>
    Euro,

    /// <summary>Calendar day, format <c>dd/mm/yyyy</c>.</summary>
    Date,

    /// <summary>Month, given as its first day, format <c>mm/yyyy</c>.</summary>
    Month,

    /// <summary>Instant, converted to the report's time zone, format <c>dd/mm/yyyy hh:mm</c>.</summary>
    DateTime,
}

using System.Globalization;

namespace LocalInsights.Connectors.Investment.Reading;

/// <summary>
/// One cell of a register. <see cref="Text"/> is always what the cell shows, for messages and text fields:
/// typed numbers are written with a dot and dates as <c>yyyy-MM-dd</c>.
/// </summary>
internal readonly record struct RegisterCell(
    RegisterCellKind Kind, string Text, decimal Number = 0, DateTime Date = default)
{
    public static RegisterCell Blank { get; } = new(RegisterCellKind.Blank, string.Empty);

    public bool IsBlank => Kind == RegisterCellKind.Blank;

    public static RegisterCell FromText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Blank : new RegisterCell(RegisterCellKind.Text, text.Trim());

    public static RegisterCell FromNumber(decimal number) =>
        new(RegisterCellKind.Number, number.ToString(CultureInfo.InvariantCulture), number);

    public static RegisterCell FromDate(DateTime date) =>
        new(RegisterCellKind.Date, date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss",
            CultureInfo.InvariantCulture), Date: date);

    public static RegisterCell FromError(string description) => new(RegisterCellKind.Error, description);
}

namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>Indexes into the workbook's cell formats (<c>cellXfs</c>) that the device list cells use.</summary>
/// <param name="Header">Bold header text.</param>
/// <param name="QuotedText">Text that starts like a formula, with the quote-prefix flag as SafeCell sets it.</param>
/// <param name="Integer">Whole number, <c>#,##0</c>.</param>
/// <param name="Date">Calendar day, <c>dd/mm/yyyy</c>.</param>
/// <param name="DateTime">Instant, <c>dd/mm/yyyy hh:mm</c>.</param>
internal sealed record DeviceListStyles(uint Header, uint QuotedText, uint Integer, uint Date, uint DateTime);

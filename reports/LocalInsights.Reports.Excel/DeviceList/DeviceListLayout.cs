namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>Where the device list goes in a prepared workbook package.</summary>
/// <param name="SheetName">Name of the new sheet.</param>
/// <param name="EntryName">Zip entry name of the sheet's empty worksheet part, which the streamed one replaces.</param>
/// <param name="Styles">Cell formats appended to the stylesheet.</param>
internal sealed record DeviceListLayout(string SheetName, string EntryName, DeviceListStyles Styles);

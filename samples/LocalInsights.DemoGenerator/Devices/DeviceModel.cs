namespace LocalInsights.DemoGenerator.Devices;

internal enum DeviceKind
{
    Laptop,
    Desktop,
    Tablet,
}

/// <summary>How a serial number of a manufacturer looks: a fixed prefix then random letters and digits.</summary>
internal sealed record SerialStyle(string Prefix, int RandomLength);

/// <summary>
/// A device model with what an inventory reports of it and what a purchase of it costs.
/// </summary>
/// <param name="Manufacturer">The manufacturer string the device reports to Intune or GLPI.</param>
/// <param name="Os">The Intune OS column: Windows, iOS/iPadOS or Android.</param>
/// <param name="UnitPriceExcludingTax">Typical public-procurement price in euros, before VAT.</param>
internal sealed record DeviceModel(
    DeviceKind Kind,
    string Manufacturer,
    string Model,
    string Os,
    string Designation,
    decimal UnitPriceExcludingTax,
    int DepreciationYears,
    SerialStyle Serial,
    int StorageGb,
    string Processor)
{
    /// <summary>The type code of the establishment naming convention `{UAI}-{TYPE}-{nnnn}`.</summary>
    public string NameTypeCode => Kind switch
    {
        DeviceKind.Laptop => "PC",
        DeviceKind.Desktop => "UC",
        _ => "TAB",
    };

    public bool IsWindows => Os == "Windows";
}

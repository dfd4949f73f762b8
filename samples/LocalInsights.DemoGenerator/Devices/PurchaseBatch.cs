using LocalInsights.DemoGenerator.OpenData;

namespace LocalInsights.DemoGenerator.Devices;

/// <summary>How configuration can tie a device of the Intune export to its establishment.</summary>
internal enum MappingMethod
{
    /// <summary>The device name follows `{UAI}-{TYPE}-{nnnn}`.</summary>
    DeviceName,

    /// <summary>The Intune device category is a label of the category table.</summary>
    Category,

    /// <summary>The serial number is listed on an investment register line.</summary>
    SerialNumber,

    /// <summary>No rule applies: generic name, no category, serial number in no register.</summary>
    Unmapped,
}

/// <summary>
/// Devices of one model delivered to one establishment together. A batch with an acquisition date is one
/// line of the investment register. A batch without one was bought before the register starts (2022).
/// </summary>
internal sealed class PurchaseBatch
{
    public required Establishment Establishment { get; init; }

    public required DeviceModel Model { get; init; }

    public DateOnly? AcquisitionDate { get; init; }

    public string? Programme { get; init; }

    /// <summary>Unit price excluding VAT, in euros, with cents.</summary>
    public decimal UnitPrice { get; init; }

    /// <summary>The rule this delivery's devices were meant to be mapped by.</summary>
    public MappingMethod Method { get; set; }

    public List<string> SerialNumbers { get; } = [];

    public bool IsInRegister => AcquisitionDate is not null;
}

namespace LocalInsights.DemoGenerator.Devices;

/// <summary>One computer of the écoles' GLPI inventory.</summary>
internal sealed class SchoolComputer
{
    public required PurchaseBatch Batch { get; init; }

    public required string Name { get; init; }

    public required string SerialNumber { get; init; }

    public required string Status { get; init; }

    public required string Location { get; init; }

    /// <summary>Last inventory (GLPI "Dernière modification"), Paris local time, to the minute.</summary>
    public required DateTime LastInventory { get; init; }

    /// <summary>The GLPI computer type label: Portable, Ordinateur de bureau or Tablette.</summary>
    public string TypeLabel => Batch.Model.Kind switch
    {
        DeviceKind.Laptop => "Portable",
        DeviceKind.Desktop => "Ordinateur de bureau",
        _ => "Tablette",
    };
}

namespace LocalInsights.DemoGenerator.Devices;

/// <summary>The devices of the Intune export and the deliveries they came from.</summary>
internal sealed record ManagedFleet(
    IReadOnlyList<ManagedDevice> Devices,
    IReadOnlyList<PurchaseBatch> Batches,
    CategoryTable Categories);

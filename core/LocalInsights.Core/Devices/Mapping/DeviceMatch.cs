namespace LocalInsights.Core.Devices.Mapping;

/// <summary>The rule that matched a device and the UAI text it gave, before the code is checked.</summary>
public sealed record DeviceMatch(string Rule, string UaiText);

namespace LocalInsights.Core.Devices.Mapping;

/// <summary>Looks a device's serial number up in the serial numbers listed by registers or delivery lists.</summary>
internal sealed class SerialNumberRule(
    string name, string? column, string key, IReadOnlyDictionary<string, string> uaiBySerial) : IDeviceMappingRule
{
    public string Name => name;

    public DeviceMappingRuleKind Kind => DeviceMappingRuleKind.SerialNumbers;

    public string? Field => column;

    public string Key => key;

    /// <summary>Number of serial numbers the rule can map.</summary>
    public int Count => uaiBySerial.Count;

    public string? Match(string value) => uaiBySerial.TryGetValue(value.Trim(), out var uai) ? uai : null;
}

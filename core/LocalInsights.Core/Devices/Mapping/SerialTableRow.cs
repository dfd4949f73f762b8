namespace LocalInsights.Core.Devices.Mapping;

/// <summary>A line of a serial number file: the serial numbers cell and the UAI cell, as text.</summary>
internal sealed record SerialTableRow(long Line, string? Serials, string? Uai);

using LocalInsights.Core.Devices.Mapping;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>A device read from one export row, with the mapping match still to check, and where it was read.</summary>
internal sealed record DeviceCandidate(DeviceSnapshot Snapshot, DeviceMatch? Match, string File, long Line);

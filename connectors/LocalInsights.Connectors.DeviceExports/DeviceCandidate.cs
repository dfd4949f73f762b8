using LocalInsights.Core.Devices.Mapping;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>
/// A device read from one export row, with the mapping match still to check, and where it was read. A pull keeps
/// the devices it will write in a <see cref="DeviceCandidateStore"/>, in a few dozen bytes each.
/// </summary>
internal readonly record struct DeviceCandidate
{
    public DeviceCandidate(DeviceSnapshot snapshot, DeviceMatch? match, string file, long line)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(file);
        if (snapshot.Uai is not null || snapshot.MappingRule is not null)
        {
            throw new ArgumentException(
                "A device candidate must have no UAI or mapping rule: its mapping is checked when the pull writes it.",
                nameof(snapshot));
        }

        Snapshot = snapshot;
        Match = match;
        File = file;
        Line = line;
    }

    /// <summary>The device's record as read, with no UAI or mapping rule.</summary>
    public DeviceSnapshot Snapshot { get; }

    public DeviceMatch? Match { get; }

    public string File { get; }

    public long Line { get; }

    public string DeviceId => Snapshot.DeviceId;

    public DateOnly SnapshotDate => Snapshot.SnapshotDate;

    public DateTimeOffset? LastSyncAt => Snapshot.LastSyncAt;
}

using LocalInsights.Core.Devices.Mapping;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>
/// A device read from one export row, with the mapping match still to check, and where it was read. A pull keeps one
/// per device until it writes them, so the value is compact: no object of its own, shared strings, and an id in the
/// usual lowercase GUID form as 16 bytes. <see cref="Snapshot"/> builds the record again.
/// </summary>
internal readonly struct DeviceCandidate
{
    private const byte HasEnrolledAt = 1;
    private const byte HasLastSyncAt = 2;

    private readonly Guid _idGuid;
    private readonly string? _idText;
    private readonly string _source;
    private readonly string? _deviceName;
    private readonly string? _serialNumber;
    private readonly string? _manufacturer;
    private readonly string? _model;
    private readonly string? _operatingSystem;
    private readonly string? _osVersion;
    private readonly string? _status;
    private readonly DateTimeOffset _enrolledAt;
    private readonly DateTimeOffset _lastSyncAt;
    private readonly byte _dates;

    public DeviceCandidate(DeviceSnapshot snapshot, DeviceMatch? match, string file, long line)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Uai is not null || snapshot.MappingRule is not null)
        {
            throw new ArgumentException(
                "A device candidate must have no UAI or mapping rule: its mapping is checked when the pull writes it.",
                nameof(snapshot));
        }

        if (Guid.TryParseExact(snapshot.DeviceId, "D", out var guid)
            && string.Equals(guid.ToString("D"), snapshot.DeviceId, StringComparison.Ordinal))
        {
            _idGuid = guid;
        }
        else
        {
            _idText = snapshot.DeviceId;
        }

        SnapshotDate = snapshot.SnapshotDate;
        _source = snapshot.Source;
        _deviceName = snapshot.DeviceName;
        _serialNumber = snapshot.SerialNumber;
        _manufacturer = snapshot.Manufacturer;
        _model = snapshot.Model;
        _operatingSystem = snapshot.OperatingSystem;
        _osVersion = snapshot.OsVersion;
        _status = snapshot.Status;
        _enrolledAt = snapshot.EnrolledAt.GetValueOrDefault();
        _lastSyncAt = snapshot.LastSyncAt.GetValueOrDefault();
        _dates = (byte)((snapshot.EnrolledAt.HasValue ? HasEnrolledAt : 0)
            | (snapshot.LastSyncAt.HasValue ? HasLastSyncAt : 0));
        Match = match;
        File = file;
        Line = line;
    }

    public DateOnly SnapshotDate { get; }

    public DeviceMatch? Match { get; }

    public string File { get; }

    public long Line { get; }

    /// <summary>The device id as read. An id kept as a GUID gives the same text back.</summary>
    public string DeviceId => _idText ?? _idGuid.ToString("D");

    public DateTimeOffset? LastSyncAt => (_dates & HasLastSyncAt) != 0 ? _lastSyncAt : null;

    /// <summary>Builds the device's record as read, with no UAI or mapping rule.</summary>
    public DeviceSnapshot Snapshot => new()
    {
        SnapshotDate = SnapshotDate,
        Source = _source,
        DeviceId = DeviceId,
        DeviceName = _deviceName,
        SerialNumber = _serialNumber,
        Manufacturer = _manufacturer,
        Model = _model,
        OperatingSystem = _operatingSystem,
        OsVersion = _osVersion,
        EnrolledAt = (_dates & HasEnrolledAt) != 0 ? _enrolledAt : null,
        LastSyncAt = LastSyncAt,
        Status = _status,
    };
}

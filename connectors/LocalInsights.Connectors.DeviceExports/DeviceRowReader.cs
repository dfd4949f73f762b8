using System.Globalization;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Devices.Mapping;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>
/// Turns rows of one export file into devices. Only the configured device columns are read, so personal columns
/// (user, e-mail, phone, IMEI) never reach a record, a reject or a log line.
/// </summary>
internal sealed class DeviceRowReader
{
    private readonly PullContext _context;
    private readonly DelimitedFile _file;
    private readonly DeviceColumnIndexes _columns;
    private readonly DeviceColumnNames _names;
    private readonly DeviceReadSettings _settings;
    private readonly BoundDeviceMapper _mapper;
    private readonly DeviceSnapshotCollector _collector;
    private readonly StringPool _sharedValues = new();

    /// <summary>
    /// The first date a device could have checked in or enrolled, an assumption: the management services whose
    /// exports this connector reads came later.
    /// </summary>
    private static readonly DateTimeOffset FirstPlausibleDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, long> _implausibleDates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _unreadableDates = new(StringComparer.Ordinal);

    /// <summary>Rows rejected because their device checked in more than a day after the snapshot date.</summary>
    public long CheckedInAfterSnapshot { get; private set; }

    /// <summary>Position of the device id column in the file.</summary>
    public int DeviceIdColumnIndex => _columns.DeviceId;

    /// <summary>Rows skipped because the collector already contains their device from a newer snapshot.</summary>
    public long RowsSkippedForNewerSnapshot { get; private set; }

    public DeviceRowReader(PullContext context, DelimitedFile file, DeviceColumnNames names,
        DeviceReadSettings settings, DeviceMapper mapper, DeviceSnapshotCollector collector)
    {
        _context = context;
        _file = file;
        _names = names;
        _settings = settings;
        _collector = collector;
        _columns = DeviceColumnIndexes.Resolve(context, file, names);
        var defaults = new DeviceMappingDefaults(
            names.DeviceName ?? string.Empty, names.Category, names.SerialNumber ?? string.Empty);
        _mapper = mapper.Bind(context, file, defaults, ReadField);
    }

    /// <summary>
    /// Prefetches the collector's entry for the device id of the record being read, for
    /// <see cref="DelimitedFile.FieldsSplit"/>: the entry arrives while the rest of the record is counted.
    /// </summary>
    public void PrefetchDevice()
    {
        if (_settings.CleanValue is null && !_columns.DeviceIdIsSerialNumber)
        {
            _collector.Prefetch(_file.Field(_columns.DeviceId));
        }
    }

    /// <summary>
    /// Skips the record <see cref="DelimitedFile"/> last read, counting it, when its device was already read from a
    /// newer snapshot, reading its device id only, as a span. Returns false, having done nothing, for any other row,
    /// including rows <see cref="ReadAsync"/> rejects: a row with shifted values may not have the id in its column.
    /// </summary>
    public bool TrySkipOlderSnapshot()
    {
        if (_file.UnclosedQuote || _file.FieldCount != _file.Header.Count)
        {
            return false;
        }

        var raw = _file.Field(_columns.DeviceId);
        if (_columns.DeviceIdIsSerialNumber && PlaceholderSerials.IsPlaceholder(raw))
        {
            // The device is known by its name: ReadAsync finds it.
            return false;
        }

        var skip = _settings.CleanValue is null
            ? !raw.IsEmpty && _collector.HasNewerSnapshot(raw, _settings.SnapshotDate)
            : !raw.IsEmpty && _settings.CleanValue(raw.ToString()) is { } id
                && _collector.HasNewerSnapshot(id, _settings.SnapshotDate);
        if (skip)
        {
            RowsSkippedForNewerSnapshot++;
        }

        return skip;
    }

    /// <summary>
    /// Reads one row. Returns null when it rejects the row for a missing device id or an invalid date, or when it
    /// skips the row because its device was already read from a newer snapshot.
    /// </summary>
    public async ValueTask<DeviceCandidate?> ReadAsync(DelimitedRow row, CancellationToken cancellationToken)
    {
        if (row.UnclosedQuote)
        {
            await RejectAsync(row, null, null, "a quoted field is never closed, so the row is incomplete",
                cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (row.Fields.Count != _file.Header.Count)
        {
            // Values have shifted: reading them by position would put text into the wrong fields.
            await RejectAsync(row, null, null,
                $"the row has {row.Fields.Count} values but the header has {_file.Header.Count} columns",
                cancellationToken).ConfigureAwait(false);
            return null;
        }

        var deviceId = ReadField(row, _columns.DeviceId);
        if (_columns.DeviceIdIsSerialNumber && (deviceId is null || PlaceholderSerials.IsPlaceholder(deviceId)))
        {
            deviceId = IdFromName(row) ?? deviceId;
        }

        if (deviceId is null)
        {
            await RejectAsync(row, _columns.DeviceIdColumn, null, "the device id is empty", cancellationToken)
                .ConfigureAwait(false);
            return null;
        }

        // Of a row of an older snapshot, only the id is read: no date is parsed and no mapping rule runs. The checks
        // above come first because a row with shifted values may not have the id in the id column.
        if (_collector.HasNewerSnapshot(deviceId, _settings.SnapshotDate))
        {
            RowsSkippedForNewerSnapshot++;
            return null;
        }

        var lastSync = await ReadDateAsync(row, _columns.LastSyncAt, _names.LastSyncAt, cancellationToken)
            .ConfigureAwait(false);
        if (!lastSync.IsValid
            || await RejectIfAfterSnapshotAsync(row, lastSync.Value, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        // The enrolment date is not used by the facts: one that cannot be read is left empty, and the device kept.
        var enrolled = await ReadDateAsync(row, _columns.EnrolledAt, _names.EnrolledAt, cancellationToken,
            rejectUnreadable: false).ConfigureAwait(false);

        var snapshot = CreateSnapshot(row, deviceId, enrolled.Value, lastSync.Value);
        return new DeviceCandidate(snapshot, _mapper.Match(row), _file.Path, row.Line);
    }

    /// <summary>Rows whose device was identified by its name, its serial number being empty or a placeholder.</summary>
    public long IdentifiedByName { get; private set; }

    /// <summary>
    /// Returns an id made from the device name, for a row whose serial number, used as the id, is empty or a
    /// placeholder shared by many computers. The name is pseudonymised, because device names can contain a user's
    /// name. Returns null when the row has no name.
    /// </summary>
    private string? IdFromName(DelimitedRow row)
    {
        if (ReadField(row, _columns.DeviceName) is not { } name || string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        IdentifiedByName++;
        return "name-" + _context.Pseudonymizer.Pseudonymize(name);
    }

    private DeviceSnapshot CreateSnapshot(
        DelimitedRow row, string deviceId, DateTimeOffset? enrolledAt, DateTimeOffset? lastSyncAt) => new()
    {
        SnapshotDate = _settings.SnapshotDate,
        Source = _context.Connector,
        DeviceId = deviceId,
        DeviceName = _settings.StoreDeviceNames ? ReadField(row, _columns.DeviceName) : null,
        SerialNumber = ReadField(row, _columns.SerialNumber),
        Manufacturer = ReadShared(row, _columns.Manufacturer),
        Model = ReadShared(row, _columns.Model),
        OperatingSystem = ReadShared(row, _columns.OperatingSystem),
        OsVersion = ReadShared(row, _columns.OsVersion),
        EnrolledAt = enrolledAt,
        LastSyncAt = lastSyncAt,
        Status = ReadShared(row, _columns.Status),
    };

    private string? ReadField(DelimitedRow row, int index)
    {
        var value = row.Get(index);
        return value is null || _settings.CleanValue is null ? value : _settings.CleanValue(value);
    }

    /// <summary>
    /// Reads a column with few distinct values (model, OS, status) and shares one string per value, which keeps
    /// the devices held for deduplication smaller.
    /// </summary>
    private string? ReadShared(DelimitedRow row, int index) =>
        ReadField(row, index) is { } value ? _sharedValues.Share(value) : null;

    /// <summary>
    /// Reads a date. One in none of the formats rejects the row, or with <paramref name="rejectUnreadable"/> false is
    /// read as empty and counted for <see cref="ObserveDateFindingsAsync"/>.
    /// </summary>
    private async ValueTask<DateRead> ReadDateAsync(DelimitedRow row, int index, string? column,
        CancellationToken cancellationToken, bool rejectUnreadable = true)
    {
        var text = ReadField(row, index);
        if (text is null)
        {
            return new DateRead(true, null);
        }

        if (!_settings.Dates.TryParseInstant(text, out var instant))
        {
            if (!rejectUnreadable)
            {
                Count(_unreadableDates, column);
                return new DateRead(true, null);
            }

            await RejectAsync(row, column, text, "not a date in any of the formats of DateFormats",
                cancellationToken).ConfigureAwait(false);
            return new DateRead(false, null);
        }

        // Placeholder dates such as Intune's 0001-01-01 mean "never", not a real date.
        if (DateParser.IsSentinel(instant))
        {
            return new DateRead(true, null);
        }

        if (instant < FirstPlausibleDate)
        {
            Count(_implausibleDates, column);
        }

        return new DateRead(true, instant);
    }

    /// <summary>
    /// Observes, per column, the dates read from this file that fall before <see cref="FirstPlausibleDate"/>, kept as
    /// read (a device with such a check-in counts as idle) though likely typos, and the enrolment dates in none of
    /// the formats, left empty.
    /// </summary>
    public async Task ObserveDateFindingsAsync(CancellationToken cancellationToken)
    {
        var details = new[]
        {
            (_implausibleDates,
                $"dates before {FirstPlausibleDate:yyyy-MM-dd}, kept as read: check them in the source"),
            (_unreadableDates, "dates in none of the formats of DateFormats, left empty; the devices were kept"),
        };
        foreach (var (counts, detail) in details)
        {
            foreach (var (column, count) in counts)
            {
                await _context.ObserveAsync(
                    new QualityObservation
                    {
                        Source = _context.Connector, Kind = QualityIssueKind.ImplausibleDate, Subject = column,
                        File = _file.Path, Count = count, Detail = detail,
                    },
                    cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static void Count(Dictionary<string, long> counts, string? column)
    {
        if (column is not null)
        {
            counts[column] = counts.GetValueOrDefault(column) + 1;
        }
    }

    /// <summary>
    /// Rejects the row when its check-in day, in the export's time zone, is more than one day after the snapshot
    /// date, and returns whether it did. Such an export was taken after the month it is used for, or after the day
    /// its file name gives. Its check-ins would count as activity of a day or month they did not happen in. The day
    /// of margin covers time zones and an export taken the morning after.
    /// </summary>
    private async ValueTask<bool> RejectIfAfterSnapshotAsync(
        DelimitedRow row, DateTimeOffset? lastSync, CancellationToken cancellationToken)
    {
        if (lastSync is not { } instant)
        {
            return false;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _settings.Dates.TimeZone).DateTime);
        var snapshot = _settings.SnapshotDate;
        if (day <= snapshot.AddDays(1))
        {
            return false;
        }

        CheckedInAfterSnapshot++;
        var reason = _settings.SnapshotDateFromFileName
            ? $"checked in on {Format(day)}, after the snapshot date {Format(snapshot)} written in the file name: "
                + "the export was taken later; rename the file with the day it was taken"
            : $"checked in on {Format(day)}, after the snapshot date {Format(snapshot)}: the export was "
                + "taken after the month it is used for; set SnapshotDate to the day it was taken";
        await RejectAsync(row, _names.LastSyncAt, ReadField(row, _columns.LastSyncAt), reason, cancellationToken)
            .ConfigureAwait(false);
        return true;
    }

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private ValueTask RejectAsync(
        DelimitedRow row, string? field, string? value, string reason, CancellationToken cancellationToken) =>
        _context.RejectAsync(new Reject(_file.Path, row.Line, field, value, reason), cancellationToken);

    private readonly record struct DateRead(bool IsValid, DateTimeOffset? Value);
}

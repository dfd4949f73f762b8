using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using LocalInsights.Core.Devices.Mapping;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>
/// The devices a pull keeps until it writes them, each encoded in a few dozen bytes: a device of a large Intune
/// export takes an estimated 60 bytes here, where its record object and strings take an estimated 250. A device is
/// found by the number <see cref="Add"/> returns, and <see cref="Get"/> decodes it into the same values.
/// </summary>
/// <remarks>
/// <para>
/// Bytes go into chunks of 1 MiB, so the store grows without copying. Values that repeat across devices (source,
/// manufacturer, model, system, version, status, mapping match and file) are stored once and referred to by index.
/// The device id takes 16 bytes when it is a GUID in its usual lowercase form. Text is stored as ASCII bytes when it
/// is ASCII, else as UTF-16, so any text comes back unchanged. Dates keep their clock ticks and offset.
/// </para>
/// <para>
/// Layout of a device: a flags byte, the id (16 bytes of GUID or a text), and the name and serial number when
/// present. Varints follow: the shared values' index, the match's index plus one (0 for none), the file's index,
/// the line and the snapshot's day number. Each date present ends it, as 8 bytes of ticks and 2 bytes of offset in
/// minutes. A text is a
/// varint of twice its length, plus one when UTF-16, followed by its bytes.
/// </para>
/// </remarks>
internal sealed class DeviceCandidateStore
{
    private const int ChunkBytes = 1 << 20;

    private const byte GuidId = 1;
    private const byte HasName = 2;
    private const byte HasSerial = 4;
    private const byte HasEnrolled = 8;
    private const byte HasLastSync = 16;

    private readonly List<byte[]> _chunks = [];
    private readonly ArrayBufferWriter<byte> _scratch = new(256);
    private readonly IndexedValues<SharedValues> _shared = new(EqualityComparer<SharedValues>.Default);
    private readonly IndexedValues<DeviceMatch> _matches = new(ReferenceEqualityComparer.Instance);
    private readonly IndexedValues<string> _files = new(StringComparer.Ordinal);
    private int _chunkUsed = ChunkBytes;

    /// <summary>Stores <paramref name="candidate"/> and returns the number that finds it.</summary>
    public long Add(DeviceCandidate candidate)
    {
        _scratch.ResetWrittenCount();
        Encode(candidate);
        var bytes = _scratch.WrittenSpan;
        if (ChunkBytes - _chunkUsed < bytes.Length)
        {
            _chunks.Add(new byte[Math.Max(ChunkBytes, bytes.Length)]);
            _chunkUsed = 0;
        }

        var handle = ((long)(_chunks.Count - 1) * ChunkBytes) + _chunkUsed;
        bytes.CopyTo(_chunks[^1].AsSpan(_chunkUsed));
        _chunkUsed += bytes.Length;
        return handle;
    }

    /// <summary>Decodes the device stored under <paramref name="handle"/>.</summary>
    public DeviceCandidate Get(long handle)
    {
        var chunk = _chunks[(int)(handle / ChunkBytes)];
        var reader = new Reader(chunk.AsSpan((int)(handle % ChunkBytes)));
        var flags = reader.Byte();
        var deviceId = (flags & GuidId) != 0 ? new Guid(reader.Bytes(16)).ToString("D") : reader.Text();
        var name = (flags & HasName) != 0 ? reader.Text() : null;
        var serial = (flags & HasSerial) != 0 ? reader.Text() : null;
        var shared = _shared[(int)reader.Number()];
        var match = (int)reader.Number();
        var file = _files[(int)reader.Number()];
        var line = (long)reader.Number();
        var day = DateOnly.FromDayNumber((int)reader.Number());
        var enrolled = (flags & HasEnrolled) != 0 ? reader.Date() : (DateTimeOffset?)null;
        var lastSync = (flags & HasLastSync) != 0 ? reader.Date() : (DateTimeOffset?)null;
        var snapshot = new DeviceSnapshot
        {
            SnapshotDate = day, Source = shared.Source, DeviceId = deviceId, DeviceName = name, SerialNumber = serial,
            Manufacturer = shared.Manufacturer, Model = shared.Model, OperatingSystem = shared.OperatingSystem,
            OsVersion = shared.OsVersion, EnrolledAt = enrolled, LastSyncAt = lastSync, Status = shared.Status,
        };
        return new DeviceCandidate(snapshot, match == 0 ? null : _matches[match - 1], file, line);
    }

    private void Encode(DeviceCandidate candidate)
    {
        var device = candidate.Snapshot;
        var guid = Guid.Empty;
        var isGuid = Guid.TryParseExact(device.DeviceId, "D", out guid)
            && string.Equals(guid.ToString("D"), device.DeviceId, StringComparison.Ordinal);
        var flags = (byte)((isGuid ? GuidId : 0) | (device.DeviceName is null ? 0 : HasName)
            | (device.SerialNumber is null ? 0 : HasSerial) | (device.EnrolledAt is null ? 0 : HasEnrolled)
            | (device.LastSyncAt is null ? 0 : HasLastSync));
        WriteByte(flags);
        if (isGuid)
        {
            guid.TryWriteBytes(_scratch.GetSpan(16));
            _scratch.Advance(16);
        }
        else
        {
            WriteText(device.DeviceId);
        }

        WriteTextIfAny(device.DeviceName);
        WriteTextIfAny(device.SerialNumber);
        WriteNumber((ulong)_shared.IndexOf(new SharedValues(device.Source, device.Manufacturer, device.Model,
            device.OperatingSystem, device.OsVersion, device.Status)));
        WriteNumber(candidate.Match is null ? 0 : (ulong)_matches.IndexOf(candidate.Match) + 1);
        WriteNumber((ulong)_files.IndexOf(candidate.File));
        WriteNumber((ulong)candidate.Line);
        WriteNumber((ulong)device.SnapshotDate.DayNumber);
        WriteDateIfAny(device.EnrolledAt);
        WriteDateIfAny(device.LastSyncAt);
    }

    private void WriteByte(byte value)
    {
        _scratch.GetSpan(1)[0] = value;
        _scratch.Advance(1);
    }

    private void WriteNumber(ulong value)
    {
        var span = _scratch.GetSpan(10);
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[length++] = (byte)value;
        _scratch.Advance(length);
    }

    private void WriteTextIfAny(string? text)
    {
        if (text is not null)
        {
            WriteText(text);
        }
    }

    private void WriteText(string text)
    {
        if (Ascii.IsValid(text))
        {
            WriteNumber((ulong)text.Length * 2);
            var span = _scratch.GetSpan(text.Length);
            Ascii.FromUtf16(text, span, out _);
            _scratch.Advance(text.Length);
            return;
        }

        WriteNumber(((ulong)text.Length * 2) + 1);
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        bytes.CopyTo(_scratch.GetSpan(bytes.Length));
        _scratch.Advance(bytes.Length);
    }

    private void WriteDateIfAny(DateTimeOffset? date)
    {
        if (date is not { } value)
        {
            return;
        }

        var span = _scratch.GetSpan(10);
        BinaryPrimitives.WriteInt64LittleEndian(span, value.Ticks);
        BinaryPrimitives.WriteInt16LittleEndian(span[8..], (short)value.TotalOffsetMinutes);
        _scratch.Advance(10);
    }

    /// <summary>Values stored once each, found by their index, which counts from 0.</summary>
    private sealed class IndexedValues<T>(IEqualityComparer<T> comparer)
        where T : notnull
    {
        private readonly Dictionary<T, int> _indexes = new(comparer);
        private readonly List<T> _values = [];

        public T this[int index] => _values[index];

        /// <summary>Returns the index of <paramref name="value"/>, adding it when new.</summary>
        public int IndexOf(T value)
        {
            if (!_indexes.TryGetValue(value, out var index))
            {
                index = _values.Count;
                _indexes.Add(value, index);
                _values.Add(value);
            }

            return index;
        }
    }

    /// <summary>The values of a device that repeat across devices.</summary>
    private readonly record struct SharedValues(string Source, string? Manufacturer, string? Model,
        string? OperatingSystem, string? OsVersion, string? Status);

    /// <summary>Reads the fields of one stored device in order.</summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public byte Byte() => _bytes[_position++];

        public ReadOnlySpan<byte> Bytes(int count)
        {
            var span = _bytes.Slice(_position, count);
            _position += count;
            return span;
        }

        public ulong Number()
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var next = _bytes[_position++];
                value |= (ulong)(next & 0x7F) << shift;
                if (next < 0x80)
                {
                    return value;
                }
            }
        }

        public string Text()
        {
            var header = Number();
            var length = (int)(header / 2);
            if ((header & 1) == 0)
            {
                return Encoding.ASCII.GetString(Bytes(length));
            }

            return new string(MemoryMarshal.Cast<byte, char>(Bytes(length * 2)));
        }

        public DateTimeOffset Date()
        {
            var ticks = BinaryPrimitives.ReadInt64LittleEndian(Bytes(8));
            var offset = BinaryPrimitives.ReadInt16LittleEndian(Bytes(2));
            return new DateTimeOffset(ticks, TimeSpan.FromMinutes(offset));
        }
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text;
using LocalInsights.Core.Model;
using static LocalInsights.Core.Storage.ActivityFileFormat;

namespace LocalInsights.Core.Storage;

/// <summary>
/// Decodes a platform activity file in the format of <see cref="ActivityRecordFileWriter"/>.
/// <see cref="ReadBlockAsync"/> reads the next block of the stream, and <see cref="TryRead"/> then decodes the
/// complete entries of that block synchronously, so there is no asynchronous call per record.
/// </summary>
/// <remarks>
/// Records share the string instances of the tables. Every structural error throws an
/// <see cref="InvalidDataException"/> that names the file and the record number or byte offset. The caller checks
/// the SHA-256 of the stream once <see cref="ReadBlockAsync"/> returns false.
/// </remarks>
internal sealed class ActivityRecordFileReader(Stream stream, string path)
{
    private const int BufferBytes = 64 * 1024;

    private readonly List<string>[] _tables = [[], [], [], []];
    private byte[] _buffer = new byte[BufferBytes];

    // File offset of _buffer[0]. The bytes not decoded yet are _buffer[_start.._end].
    private long _bufferOffset;
    private int _start;
    private int _end;
    private bool _magicChecked;
    private bool _ended;

    /// <summary>Records decoded so far.</summary>
    public long Records { get; private set; }

    /// <summary>
    /// Reads the next block of the file. Returns false once the end entry is decoded and the stream has no byte
    /// after it.
    /// </summary>
    /// <exception cref="InvalidDataException">The stream ends before the end entry, or data follows it.</exception>
    public async ValueTask<bool> ReadBlockAsync(CancellationToken cancellationToken)
    {
        if (_ended)
        {
            await CheckNothingFollowsAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // A single entry fills the buffer, which only a string longer than the buffer can do.
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new InvalidDataException(
                $"File {path} is truncated: it ends at byte {_bufferOffset + _end}, after record {Records}, "
                + "without its end entry.");
        }

        _end += read;
        return true;
    }

    /// <summary>
    /// Decodes the next record of the current block, applying the string definitions before it. Returns false when
    /// the block holds no further complete record, and the caller then calls <see cref="ReadBlockAsync"/>.
    /// </summary>
    public bool TryRead([NotNullWhen(true)] out PlatformActivity? record)
    {
        if (!TryReadEntry(out var entry))
        {
            record = null;
            return false;
        }

        record = new PlatformActivity
        {
            Day = DateOnly.FromDayNumber(entry.DayNumber),
            Platform = _tables[PlatformTable][entry.Platform],
            Uai = _tables[UaiTable][entry.Uai],
            Role = entry.Role,
            PersonPseudonym = _tables[PersonTable][entry.Person],
            Service = entry.Service < 0 ? null : _tables[ServiceTable][entry.Service],
            Connections = entry.Connections,
        };
        return true;
    }

    /// <summary>
    /// Decodes the next record as indexes into the file's string tables, with every index checked, so that a caller
    /// that counts distinct values can work on numbers; <see cref="GetString"/> gives the strings.
    /// </summary>
    public bool TryReadEntry(out ActivityEntry record)
    {
        record = default;
        if (!_magicChecked && !TryCheckMagic())
        {
            return false;
        }

        while (!_ended && _start < _end)
        {
            var entry = new ReadOnlySpan<byte>(_buffer, _start, _end - _start);
            var position = 1;
            switch (entry[0])
            {
                case RecordTag:
                    if (!TryDecodeRecord(entry, ref position, out record))
                    {
                        return false;
                    }

                    _start += position;
                    Records++;
                    return true;
                case StringTag:
                    if (!TryDecodeString(entry, ref position))
                    {
                        return false;
                    }

                    _start += position;
                    break;
                case EndTag:
                    if (!TryDecodeEnd(entry, ref position))
                    {
                        return false;
                    }

                    _start += position;
                    _ended = true;
                    break;
                default:
                    throw new InvalidDataException(
                        $"File {path} byte {EntryOffset} has the entry tag {entry[0]}, but only 0 (end), 1 (string) "
                        + "and 2 (record) are defined.");
            }
        }

        return false;
    }

    /// <summary>Returns string <paramref name="index"/> of table <paramref name="table"/>, defined before.</summary>
    public string GetString(byte table, int index) => _tables[table][index];

    private long EntryOffset => _bufferOffset + _start;

    private bool TryCheckMagic()
    {
        var available = new ReadOnlySpan<byte>(_buffer, _start, _end - _start);
        var length = Math.Min(available.Length, Magic.Length);
        if (!available[..length].SequenceEqual(Magic[..length]))
        {
            throw new InvalidDataException(
                $"File {path} does not start with LIACT1, the header of a platform activity file.");
        }

        if (length < Magic.Length)
        {
            return false;
        }

        _start += Magic.Length;
        _magicChecked = true;
        return true;
    }

    private bool TryDecodeString(ReadOnlySpan<byte> entry, ref int position)
    {
        if (position >= entry.Length)
        {
            return false;
        }

        var table = entry[position++];
        if (table >= TableCount)
        {
            throw new InvalidDataException(
                $"File {path} byte {EntryOffset} defines a string of table {table}, but only tables 0 (platform), "
                + "1 (UAI), 2 (person pseudonym) and 3 (service) are defined.");
        }

        if (!TryReadVarint32(entry, ref position, out var length))
        {
            return false;
        }

        if (length > MaxStringBytes)
        {
            throw new InvalidDataException(
                $"File {path} byte {EntryOffset} defines a string of {length} bytes, more than the maximum of "
                + $"{MaxStringBytes}.");
        }

        if (entry.Length - position < length)
        {
            return false;
        }

        string value;
        try
        {
            value = StrictUtf8.GetString(entry.Slice(position, (int)length));
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidDataException(
                $"File {path} byte {EntryOffset} defines a string that is not valid UTF-8.", exception);
        }

        position += (int)length;
        _tables[table].Add(value);
        return true;
    }

    private bool TryDecodeRecord(
        ReadOnlySpan<byte> entry, ref int position, out ActivityEntry record)
    {
        record = default;
        if (!TryReadVarint32(entry, ref position, out var dayNumber)
            || !TryReadVarint32(entry, ref position, out var platform)
            || !TryReadVarint32(entry, ref position, out var uai)
            || position >= entry.Length)
        {
            return false;
        }

        var role = entry[position++];
        if (!TryReadVarint32(entry, ref position, out var person)
            || !TryReadVarint32(entry, ref position, out var service)
            || !TryReadVarint32(entry, ref position, out var connections))
        {
            return false;
        }

        var number = Records + 1;
        if (dayNumber > (uint)DateOnly.MaxValue.DayNumber)
        {
            throw new InvalidDataException(
                $"File {path} record {number} has the day number {dayNumber}, after {DateOnly.MaxValue:yyyy-MM-dd}.");
        }

        if (!IsDefinedRole(role))
        {
            throw new InvalidDataException(
                $"File {path} record {number} has the role {role}, which is not a declared PlatformRole value.");
        }

        Check(PlatformTable, platform, number);
        Check(UaiTable, uai, number);
        Check(PersonTable, person, number);
        if (service != 0)
        {
            Check(ServiceTable, service - 1, number);
        }

        record = new ActivityEntry((int)dayNumber, (int)platform, (int)uai, (PlatformRole)role, (int)person,
            (int)service - 1, ZigZagDecode(connections));
        return true;
    }

    private bool TryDecodeEnd(ReadOnlySpan<byte> entry, ref int position)
    {
        if (!TryReadVarint64(entry, ref position, out var count))
        {
            return false;
        }

        if (count != (ulong)Records)
        {
            throw new InvalidDataException(
                $"File {path} end entry at byte {EntryOffset} counts {count} records, but the file has {Records}.");
        }

        return true;
    }

    private void Check(byte table, uint index, long number)
    {
        var strings = _tables[table];
        if (index >= (uint)strings.Count)
        {
            throw new InvalidDataException(
                $"File {path} record {number} refers to {TableName(table)} string {index}, but only "
                + $"{strings.Count} are defined before it.");
        }
    }

    private async ValueTask CheckNothingFollowsAsync(CancellationToken cancellationToken)
    {
        var trailing = _end - _start;
        if (trailing == 0)
        {
            _bufferOffset += _end;
            _start = _end = 0;
            trailing = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        }

        if (trailing > 0)
        {
            throw new InvalidDataException(
                $"File {path} has data after its end entry, from byte {EntryOffset}.");
        }
    }

    /// <summary>
    /// Reads a varint of at most 32 bits. Returns false when <paramref name="entry"/> ends first, and throws when
    /// the varint is longer or larger than 32 bits.
    /// </summary>
    private bool TryReadVarint32(ReadOnlySpan<byte> entry, ref int position, out uint value)
    {
        value = 0;
        for (var shift = 0; shift < 7 * MaxVarint32Bytes; shift += 7)
        {
            if (position >= entry.Length)
            {
                return false;
            }

            var next = entry[position++];
            value |= (uint)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                // The fifth byte carries bits 28 to 31 only.
                if (shift == 28 && next > 0x0F)
                {
                    throw VarintTooLarge(position, 32);
                }

                return true;
            }
        }

        throw VarintTooLarge(position, 32);
    }

    private bool TryReadVarint64(ReadOnlySpan<byte> entry, ref int position, out ulong value)
    {
        value = 0;
        for (var shift = 0; shift < 7 * MaxVarint64Bytes; shift += 7)
        {
            if (position >= entry.Length)
            {
                return false;
            }

            var next = entry[position++];
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                // The tenth byte carries bit 63 only.
                if (shift == 63 && next > 0x01)
                {
                    throw VarintTooLarge(position, 64);
                }

                return true;
            }
        }

        throw VarintTooLarge(position, 64);
    }

    /// <summary>Creates the error for a varint that exceeds <paramref name="bits"/>, whose last byte read is at
    /// <paramref name="position"/> - 1 of the entry.</summary>
    private InvalidDataException VarintTooLarge(int position, int bits) =>
        new($"File {path} byte {EntryOffset + position - 1} is part of a varint that does not fit in {bits} bits.");
}

/// <summary>
/// One platform activity record as indexes into the string tables of its file: <see cref="Service"/> is -1 when the
/// record has no service.
/// </summary>
internal readonly record struct ActivityEntry(
    int DayNumber, int Platform, int Uai, PlatformRole Role, int Person, int Service, int Connections);

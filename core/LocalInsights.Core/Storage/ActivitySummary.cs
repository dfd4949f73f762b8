using System.Buffers;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;
using static LocalInsights.Core.Storage.ActivityFileFormat;

namespace LocalInsights.Core.Storage;

/// <summary>
/// What the aggregation needs of one pull's platform activity, computed while the records are written: for each
/// platform, establishment and role, the distinct people, the connections and the first and last day. With it the
/// aggregation reads a few thousand groups instead of every record again.
/// </summary>
/// <remarks>
/// <para>
/// It is stored next to the records file as <c>platform-activity.summary.bin</c>, listed in the manifest with the
/// kind <see cref="Kind"/> and its own SHA-256. Layout, with unsigned LEB128 varints and strings as a varint byte
/// length followed by UTF-8:
/// </para>
/// <list type="number">
/// <item><description>the 8 bytes <c>LIASUM1</c> and a line feed;</description></item>
/// <item><description>the number of records it covers, equal to the records file's count;</description></item>
/// <item><description>
/// the platform, UAI and person pseudonym tables, each as a count followed by its strings, in the order of the
/// records file's tables;
/// </description></item>
/// <item><description>
/// the number of groups, then per group: platform index, UAI index, one byte of <see cref="PlatformRole"/>, first
/// and last <see cref="DateOnly.DayNumber"/>, the connections as a zigzag varint of 64 bits, the number of people,
/// and the person indexes in ascending order, each as its difference from the previous one;
/// </description></item>
/// <item><description>one byte 0, the end.</description></item>
/// </list>
/// </remarks>
internal sealed class ActivitySummary
{
    /// <summary>Kind of the summary file in the manifest.</summary>
    public const string Kind = "platform-activity-summary";

    /// <summary>Suffix that replaces <see cref="ActivityFileFormat.Extension"/> in the records file's name.</summary>
    public const string Extension = ".summary.bin";

    private static ReadOnlySpan<byte> SummaryMagic => "LIASUM1\n"u8;

    public required long Records { get; init; }

    public required IReadOnlyList<string> Platforms { get; init; }

    public required IReadOnlyList<string> Uais { get; init; }

    /// <summary>
    /// The person pseudonyms. A summary read from a file decodes each only when asked: aggregations use
    /// <see cref="PersonKey"/>, which makes no string.
    /// </summary>
    public required IReadOnlyList<string> People { get; init; }

    public required IReadOnlyList<ActivityGroup> Groups { get; init; }

    /// <summary>First and last day of all the records, or null when there are none.</summary>
    public (int First, int Last)? DayRange => Groups.Count == 0
        ? null
        : (Groups.Min(group => group.FirstDay), Groups.Max(group => group.LastDay));

    /// <summary>Returns the <see cref="TextKeyHash.Of"/> of person <paramref name="index"/>'s pseudonym.</summary>
    public TextKeyHash PersonKey(int index) => People switch
    {
        Utf8Strings strings => strings.KeyOf(index),
        HexPseudonyms pseudonyms => pseudonyms.KeyOf(index),
        _ => TextKeyHash.Of(People[index]),
    };

    /// <summary>Writes the summary in the layout above.</summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        foreach (var _ in WriteParts(output))
        {
        }
    }

    /// <summary>
    /// Writes the summary in the layout above to <paramref name="output"/>, about 64 KiB at a time, so that a summary
    /// of a million people never sits whole in memory.
    /// </summary>
    public async Task WriteToAsync(Stream output, CancellationToken cancellationToken)
    {
        const int FlushBytes = 1 << 16;
        var buffer = new ArrayBufferWriter<byte>(FlushBytes + 4096);
        foreach (var _ in WriteParts(buffer))
        {
            if (buffer.WrittenCount >= FlushBytes)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the summary to <paramref name="output"/> in parts, one string or group at a time, and yields after each
    /// part, so that a caller can hand the bytes on.
    /// </summary>
    private IEnumerable<bool> WriteParts(IBufferWriter<byte> output)
    {
        var hexText = new byte[HexPseudonyms.Length];
        Write(output, SummaryMagic);
        WriteNumber(output, (ulong)Records);
        foreach (var table in new[] { Platforms, Uais, People })
        {
            WriteNumber(output, (ulong)table.Count);
            for (var index = 0; index < table.Count; index++)
            {
                ReadOnlySpan<byte> bytes;
                if (table is Utf8Strings utf8)
                {
                    bytes = utf8.Bytes(index);
                }
                else if (table is HexPseudonyms hex)
                {
                    hex.WriteUtf8(index, hexText);
                    bytes = hexText;
                }
                else
                {
                    bytes = StrictUtf8.GetBytes(table[index]);
                }

                WriteNumber(output, (ulong)bytes.Length);
                Write(output, bytes);
                yield return true;
            }
        }

        WriteNumber(output, (ulong)Groups.Count);
        foreach (var group in Groups)
        {
            WriteNumber(output, (uint)group.Platform);
            WriteNumber(output, (uint)group.Uai);
            Write(output, [(byte)group.Role]);
            WriteNumber(output, (uint)group.FirstDay);
            WriteNumber(output, (uint)group.LastDay);
            WriteNumber(output, (ulong)((group.Connections << 1) ^ (group.Connections >> 63)));
            WriteNumber(output, (ulong)group.People.Length);
            var previous = 0;
            foreach (var person in group.People)
            {
                WriteNumber(output, (uint)(person - previous));
                previous = person;
            }

            yield return true;
        }

        Write(output, [0]);
    }

    /// <summary>
    /// Reads a summary; throws an <see cref="InvalidDataException"/> naming <paramref name="path"/> and the byte when
    /// it is malformed.
    /// </summary>
    public static ActivitySummary Read(byte[] bytes, string path)
    {
        var reader = new SpanReader(bytes, path);
        if (!bytes.StartsWith(SummaryMagic))
        {
            throw new InvalidDataException(
                $"File {path} does not start with LIASUM1, the header of a platform activity summary.");
        }

        reader.Position = SummaryMagic.Length;
        var records = (long)reader.Number(long.MaxValue);
        var platforms = reader.Strings();
        var uais = reader.Strings();
        var people = reader.Utf8Strings(bytes);
        var count = (int)reader.Number(int.MaxValue);
        var groups = new List<ActivityGroup>(Math.Min(count, 1 << 16));
        for (var index = 0; index < count; index++)
        {
            var platform = reader.Index(platforms.Count, "platform");
            var uai = reader.Index(uais.Count, "UAI");
            var role = reader.Byte();
            if (!IsDefinedRole(role))
            {
                throw reader.Invalid($"has the role {role}, which is not a declared PlatformRole value");
            }

            var firstDay = (int)reader.Number((ulong)DateOnly.MaxValue.DayNumber);
            var lastDay = (int)reader.Number((ulong)DateOnly.MaxValue.DayNumber);
            var zigzag = reader.Number(ulong.MaxValue);
            var connections = (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
            var members = new int[(int)reader.Number((ulong)people.Count)];
            var person = 0L;
            for (var member = 0; member < members.Length; member++)
            {
                person += (long)reader.Number(int.MaxValue);
                if (person >= people.Count || (member > 0 && person == members[member - 1]))
                {
                    throw reader.Invalid($"lists person {person} of {people.Count}, or one person twice");
                }

                members[member] = (int)person;
            }

            groups.Add(new ActivityGroup(platform, uai, (PlatformRole)role, firstDay, lastDay, connections, members));
        }

        if (reader.Byte() != 0 || reader.Position != bytes.Length)
        {
            throw reader.Invalid("does not end with the end byte 0, or has bytes after it");
        }

        return new ActivitySummary
        {
            Records = records, Platforms = platforms, Uais = uais, People = people, Groups = groups,
        };
    }

    private static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);

    private static void WriteNumber(IBufferWriter<byte> output, ulong value)
    {
        var span = output.GetSpan(MaxVarint64Bytes);
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[length++] = (byte)value;
        output.Advance(length);
    }

    /// <summary>Reads the numbers and strings of a summary in memory; messages name the file and byte.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> bytes, string path)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;

        public int Position { get; set; }

        public byte Byte()
        {
            if (Position >= _bytes.Length)
            {
                throw Invalid("ends early");
            }

            return _bytes[Position++];
        }

        public ulong Number(ulong maximum)
        {
            var start = Position;
            ulong value = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                var next = Byte();
                value |= (ulong)(next & 0x7F) << shift;
                if (next < 0x80)
                {
                    return value <= maximum
                        ? value
                        : throw new InvalidDataException(
                            $"File {path} byte {start} holds {value}, more than the largest value allowed there, "
                            + $"{maximum}.");
                }
            }

            throw Invalid("contains a number longer than 64 bits");
        }

        public int Index(int count, string table)
        {
            var value = Number(int.MaxValue);
            return value < (ulong)count
                ? (int)value
                : throw Invalid($"refers to {table} string {value}, but only {count} are defined");
        }

        public List<string> Strings()
        {
            var count = (int)Number(int.MaxValue);
            var strings = new List<string>(Math.Min(count, 1 << 16));
            for (var index = 0; index < count; index++)
            {
                var length = (int)Number(MaxStringBytes);
                if (_bytes.Length - Position < length)
                {
                    throw Invalid("ends inside a string");
                }

                try
                {
                    strings.Add(StrictUtf8.GetString(_bytes.Slice(Position, length)));
                }
                catch (System.Text.DecoderFallbackException exception)
                {
                    throw new InvalidDataException(
                        $"File {path} byte {Position} holds a string that is not valid UTF-8.", exception);
                }

                Position += length;
            }

            return strings;
        }

        /// <summary>
        /// Reads a table of strings as their places in <paramref name="source"/>, the array being read, after checking
        /// that each is valid UTF-8.
        /// </summary>
        public Utf8Strings Utf8Strings(byte[] source)
        {
            var count = (int)Number(int.MaxValue);
            var starts = new List<int>(Math.Min(count, 1 << 16));
            var lengths = new List<int>(Math.Min(count, 1 << 16));
            for (var index = 0; index < count; index++)
            {
                var length = (int)Number(MaxStringBytes);
                if (_bytes.Length - Position < length)
                {
                    throw Invalid("ends inside a string");
                }

                if (!System.Text.Unicode.Utf8.IsValid(_bytes.Slice(Position, length)))
                {
                    throw new InvalidDataException(
                        $"File {path} byte {Position} holds a string that is not valid UTF-8.");
                }

                starts.Add(Position);
                lengths.Add(length);
                Position += length;
            }

            return new Utf8Strings(source, [.. starts], [.. lengths], starts.Count);
        }

        public readonly InvalidDataException Invalid(string problem) =>
            new($"File {path} byte {Position} {problem}: it is not a valid platform activity summary.");
    }
}

/// <summary>
/// Strings stored as UTF-8 in a byte array, decoded only when read, so that a million pseudonyms take their bytes
/// instead of a million string objects.
/// </summary>
/// <remarks>
/// The first <paramref name="count"/> entries of <paramref name="starts"/> and <paramref name="lengths"/> place the
/// strings in <paramref name="bytes"/>. The arrays must not change while the list is used.
/// </remarks>
internal sealed class Utf8Strings(byte[] bytes, int[] starts, int[] lengths, int count) : IReadOnlyList<string>
{
    private const int StackChars = 256;

    public int Count { get; } = count;

    public string this[int index] => StrictUtf8.GetString(Bytes(index));

    /// <summary>Returns the UTF-8 bytes of string <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Bytes(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return bytes.AsSpan(starts[index], lengths[index]);
    }

    /// <summary>Returns the <see cref="TextKeyHash.Of"/> of string <paramref name="index"/>, with no string.</summary>
    public TextKeyHash KeyOf(int index)
    {
        var utf8 = Bytes(index);
        char[]? rented = null;
        var chars = utf8.Length <= StackChars
            ? stackalloc char[StackChars]
            : rented = System.Buffers.ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            var count = StrictUtf8.GetChars(utf8, chars);
            return TextKeyHash.Of(chars[..count]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The activity of one platform, establishment and role in one pull: indexes into the summary's tables, the first
/// and last day, the connections and the distinct people as ascending person indexes.
/// </summary>
internal sealed record ActivityGroup(
    int Platform, int Uai, PlatformRole Role, int FirstDay, int LastDay, long Connections, int[] People);

/// <summary>Builds an <see cref="ActivitySummary"/> from the records as the writer encodes them.</summary>
/// <remarks>
/// A person's records usually fall in one group (one establishment and role), so the builder remembers each
/// person's last group and looks the pair up in a set only when it changes: most records cost two array reads. Only
/// people seen in two groups or more go in the set.
/// </remarks>
internal sealed class ActivitySummaryBuilder
{
    private readonly Dictionary<(int Platform, int Uai, PlatformRole Role), int> _groupIds = [];
    private readonly List<int[]> _idsByPlatform = [];
    private readonly List<(int Platform, int Uai, PlatformRole Role)> _keys = [];
    private readonly List<Accumulator> _groups = [];
    private readonly HashSet<long> _pairs = [];
    private int[] _lastGroupOfPerson = [];
    private (int Platform, int Uai, PlatformRole Role) _lastKey = (-1, -1, PlatformRole.Unknown);
    private int _lastId = -1;

    public void Add(int platform, int uai, PlatformRole role, int person, int day, int connections)
    {
        var key = (platform, uai, role);
        if (_lastId < 0 || key != _lastKey)
        {
            _lastId = GroupId(key, day);
            _lastKey = key;
        }

        var group = _groups[_lastId];
        group.Connections += connections;
        group.FirstDay = Math.Min(group.FirstDay, day);
        group.LastDay = Math.Max(group.LastDay, day);
        IndexArray.EnsureIndex(ref _lastGroupOfPerson, person);

        var last = _lastGroupOfPerson[person];
        if (last == _lastId)
        {
            return;
        }

        _lastGroupOfPerson[person] = _lastId;
        if (last < 0)
        {
            // The person's first group.
            group.People.Add(person);
            return;
        }

        // A person in more than one group: only such people go in the set of pairs, with the group they leave.
        _pairs.Add(Pair(last, person));
        if (_pairs.Add(Pair(_lastId, person)))
        {
            group.People.Add(person);
        }
    }

    private static long Pair(int group, int person) => ((long)group << 32) | (uint)person;

    /// <summary>Prefetches what <see cref="Add"/> reads for <paramref name="person"/>.</summary>
    public void Prefetch(int person) => MemoryPrefetch.Element(_lastGroupOfPerson, person);

    /// <summary>
    /// Returns the id of a group, creating the group when new. Ids are found in an array by platform, UAI and role
    /// indexes, which are small numbers, with no hashing.
    /// </summary>
    private int GroupId((int Platform, int Uai, PlatformRole Role) key, int day)
    {
        const int Roles = 8;
        if ((int)key.Role >= Roles)
        {
            if (!_groupIds.TryGetValue(key, out var found))
            {
                found = AddGroup(key, day);
                _groupIds.Add(key, found);
            }

            return found;
        }

        while (_idsByPlatform.Count <= key.Platform)
        {
            _idsByPlatform.Add([]);
        }

        var ids = _idsByPlatform[key.Platform];
        var slot = (key.Uai * Roles) + (int)key.Role;
        if (slot >= ids.Length)
        {
            IndexArray.EnsureIndex(ref ids, slot);
            _idsByPlatform[key.Platform] = ids;
        }

        if (ids[slot] < 0)
        {
            ids[slot] = AddGroup(key, day);
        }

        return ids[slot];
    }

    private int AddGroup((int Platform, int Uai, PlatformRole Role) key, int day)
    {
        _keys.Add(key);
        _groups.Add(new Accumulator(day));
        return _groups.Count - 1;
    }

    public ActivitySummary Build(long records, IReadOnlyList<string> platforms, IReadOnlyList<string> uais,
        IReadOnlyList<string> people) => new()
    {
        Records = records, Platforms = platforms, Uais = uais, People = people,
        Groups = Enumerable.Range(0, _groups.Count)
            .OrderBy(id => _keys[id].Platform).ThenBy(id => _keys[id].Uai).ThenBy(id => _keys[id].Role)
            .Select(id =>
            {
                var members = _groups[id].People.ToArray();
                Array.Sort(members);
                var (platform, uai, role) = _keys[id];
                return new ActivityGroup(platform, uai, role, _groups[id].FirstDay, _groups[id].LastDay,
                    _groups[id].Connections, members);
            })
            .ToList(),
    };

    private sealed class Accumulator(int day)
    {
        public List<int> People { get; } = [];

        public long Connections { get; set; }

        public int FirstDay { get; set; } = day;

        public int LastDay { get; set; } = day;
    }
}

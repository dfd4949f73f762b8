using System.Text;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;
using static LocalInsights.Core.Storage.ActivityFileFormat;

namespace LocalInsights.Core.Storage;

/// <summary>
/// Streams <see cref="PlatformActivity"/> records to an uncompressed, dictionary-encoded binary object, counting
/// them and hashing the bytes. Each string is stored once, so a record takes 10 bytes when its indexes are below 128
/// and its connections between -64 and 63.
/// </summary>
/// <remarks>
/// <para>
/// The file starts with the 7 bytes <c>LIACT1</c> and a line feed. Entries follow, each starting with a tag byte.
/// Varints are unsigned LEB128: 7 bits per byte, least significant group first, high bit set on every byte but
/// the last.
/// </para>
/// <list type="bullet">
/// <item><description>
/// <c>1</c> defines a string: one byte of table id (0 platform, 1 UAI, 2 person pseudonym, 3 service), the length
/// in bytes as a varint, then the UTF-8 bytes. The string gets the next index of its table, counting from 0.
/// </description></item>
/// <item><description>
/// <c>2</c> is a record: varints of <see cref="DateOnly.DayNumber"/>, the platform index and the UAI index, one
/// byte of <see cref="PlatformRole"/> value, varints of the person index and of the service index plus one (0 when
/// <see cref="PlatformActivity.Service"/> is null), then <see cref="PlatformActivity.Connections"/> as a zigzag
/// varint.
/// </description></item>
/// <item><description>
/// <c>0</c> ends the file: the record count as a varint. No byte may follow it.
/// </description></item>
/// </list>
/// <para>
/// The writer defines each string just before the first record that uses it, so it streams with no second pass.
/// A string is valid UTF-8 of at most <see cref="ActivityFileFormat.MaxStringBytes"/> bytes.
/// </para>
/// </remarks>
internal sealed class ActivityRecordFileWriter : IRecordFileWriter<PlatformActivity>
{
    private const int BufferBytes = 64 * 1024;

    // The buffer goes to the stream once fewer bytes than this remain. An entry that does not fit grows it.
    private const int FlushMarginBytes = 256;

    private readonly IObjectStore _store;
    private readonly ObjectWriter _target;
    private readonly HashingStream _hashing;
    private readonly ActivitySummaryBuilder _summary = new();
    private readonly StringTable _platforms = new(PlatformTable);
    private readonly StringTable _uais = new(UaiTable);
    private readonly PseudonymTable _people = new(PersonTable);
    private readonly StringTable _services = new(ServiceTable);
    private byte[] _buffer = new byte[BufferBytes];

    // Index in the person table of each person number of the pull (PersonKey.Number), -1 until defined.
    private int[] _personIndexes = [];

    // True while person number n of the pull has index n in the person table.
    private bool _peopleByNumber = true;
    private int _length;
    private bool _committed;

    private ActivityRecordFileWriter(IObjectStore store, string path, ObjectWriter target)
    {
        _store = store;
        Path = path;
        _target = target;
        _hashing = new HashingStream(target.Stream, leaveOpen: true);
        Magic.CopyTo(_buffer);
        _length = Magic.Length;
    }

    public string Path { get; }

    public string Kind { get; } = CanonicalRecordKinds.NameOf<PlatformActivity>();

    public long Records { get; private set; }

    /// <summary>
    /// The manifest entry of the <see cref="ActivitySummary"/> of the records, known once
    /// <see cref="CommitAsync"/> has written it next to them.
    /// </summary>
    public ManifestFile? Summary { get; private set; }

    private bool FlushDue => _buffer.Length - _length < FlushMarginBytes;

    /// <summary>
    /// Set by a caller that numbers people so that a number not seen before is a person not seen before, with a
    /// pseudonym the file does not contain yet. The pseudonym of a new number is then defined with no lookup, and the
    /// file keeps no index of pseudonyms until a lookup needs one. False by default: each new number's pseudonym is
    /// looked up, and a pseudonym already defined keeps its index.
    /// </summary>
    public bool NewPeopleDistinct { get; set; }

    public static async ValueTask<ActivityRecordFileWriter> CreateAsync(
        IObjectStore store, string path, CancellationToken cancellationToken)
    {
        var target = await store.CreateAsync(path, cancellationToken).ConfigureAwait(false);
        return new ActivityRecordFileWriter(store, path, target);
    }

    /// <summary>Encodes <paramref name="record"/> and writes the buffer to the store when it is full.</summary>
    /// <exception cref="ArgumentException">
    /// A required string is null, a string is not valid UTF-16 or longer than the format allows, or the role is not
    /// a declared <see cref="PlatformRole"/>. The file stays valid and the record is not counted.
    /// </exception>
    public void Write(PlatformActivity record)
    {
        Encode(record);
        if (FlushDue)
        {
            _hashing.Write(_buffer, 0, _length);
            _length = 0;
        }
    }

    /// <summary>
    /// Encodes <paramref name="record"/> like <see cref="Write"/>, and completes synchronously unless the buffer is
    /// full and has to go to the store.
    /// </summary>
    public ValueTask WriteAsync(PlatformActivity record, CancellationToken cancellationToken)
    {
        Encode(record);
        return FlushDue ? FlushBufferAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    /// <summary>
    /// Encodes <paramref name="row"/> like <see cref="WriteAsync(PlatformActivity, CancellationToken)"/>. The person
    /// is found by its number in the pull, with no lookup by text after its first record.
    /// </summary>
    public ValueTask WriteAsync(in ActivityRow row, CancellationToken cancellationToken)
    {
        ThrowIfCommitted();
        Encode(row);
        return FlushDue ? FlushBufferAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    /// <summary>Writes the end entry, commits the object and returns its manifest entry.</summary>
    public async ValueTask<ManifestFile> CommitAsync(CancellationToken cancellationToken)
    {
        ThrowIfCommitted();
        EnsureCapacity(1 + MaxVarint64Bytes);
        _buffer[_length++] = EndTag;
        _length = WriteVarint(_buffer, _length, (ulong)Records);
        _committed = true;
        await FlushBufferAsync(cancellationToken).ConfigureAwait(false);
        await _hashing.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _target.CommitAsync(cancellationToken).ConfigureAwait(false);
        Summary = await WriteSummaryAsync(cancellationToken).ConfigureAwait(false);
        return new ManifestFile(Path, Kind, Records, _hashing.BytesCount, _hashing.HashHex());
    }

    private async Task<ManifestFile> WriteSummaryAsync(CancellationToken cancellationToken)
    {
        var summary = _summary.Build(Records, _platforms.Values, _uais.Values, _people.Values);
        var path = Path[..^Extension.Length] + ActivitySummary.Extension;
        await using var target = await _store.CreateAsync(path, cancellationToken).ConfigureAwait(false);
        await using var hashing = new HashingStream(target.Stream, leaveOpen: true);
        await summary.WriteToAsync(hashing, cancellationToken).ConfigureAwait(false);
        await hashing.FlushAsync(cancellationToken).ConfigureAwait(false);
        await target.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ManifestFile(path, ActivitySummary.Kind, summary.Groups.Count, hashing.BytesCount,
            hashing.HashHex());
    }

    public async ValueTask DisposeAsync()
    {
        await _hashing.DisposeAsync().ConfigureAwait(false);
        await _target.DisposeAsync().ConfigureAwait(false);
    }

    private void Encode(PlatformActivity record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ThrowIfCommitted();
        var platformValue = Required(record.Platform, nameof(PlatformActivity.Platform));
        var uaiValue = Required(record.Uai, nameof(PlatformActivity.Uai));
        var personValue = Required(record.PersonPseudonym, nameof(PlatformActivity.PersonPseudonym));
        ThrowIfUndefined(record.Role);

        // Definitions of new strings go to the buffer before the record that refers to them.
        var platform = IndexOf(_platforms, platformValue, nameof(PlatformActivity.Platform));
        var uai = IndexOf(_uais, uaiValue, nameof(PlatformActivity.Uai));
        if (!_people.Contains(personValue))
        {
            // A person defined by text takes an index that no person number stands for.
            MapPeopleByIndex();
        }

        var person = IndexOf(_people, personValue, nameof(PlatformActivity.PersonPseudonym));
        Encode(record.Day, platform, uai, record.Role, person, ServiceIndex(record.Service), record.Connections);
    }

    private void Encode(in ActivityRow row)
    {
        var platformValue = Required(row.Platform, nameof(PlatformActivity.Platform));
        var uaiValue = Required(row.Uai, nameof(PlatformActivity.Uai));
        ArgumentOutOfRangeException.ThrowIfNegative(row.Person.Number);
        ThrowIfUndefined(row.Role);
        var platform = IndexOf(_platforms, platformValue, nameof(PlatformActivity.Platform));
        var uai = IndexOf(_uais, uaiValue, nameof(PlatformActivity.Uai));
        var person = PersonIndex(row.Person);
        Encode(row.Day, platform, uai, row.Role, person, ServiceIndex(row.Service), row.Connections);
    }

    /// <summary>
    /// Prefetches what encoding a record of the person with <paramref name="number"/> reads, when people are
    /// numbered by their index. A caller prefetches a few records ahead of the one it writes.
    /// </summary>
    public void PrefetchPerson(int number)
    {
        if (_peopleByNumber)
        {
            _summary.Prefetch(number);
        }
    }

    /// <summary>
    /// Returns the index of a person of the pull in the person table, defining it on its first record. While
    /// every person is defined in the order of its number, which is the case when rows come from one
    /// <c>ActivityRowWriter</c>, the index is the number itself and needs no lookup; otherwise a map from number to
    /// index takes over.
    /// </summary>
    private int PersonIndex(PersonKey key)
    {
        var number = key.Number;
        if (_peopleByNumber)
        {
            if (number < _people.Count)
            {
                return number;
            }

            var pseudonym = FirstPseudonym(key);
            if (number == _people.Count && (NewPeopleDistinct || !_people.Contains(pseudonym)))
            {
                return Define(_people, pseudonym, nameof(PlatformActivity.PersonPseudonym));
            }

            MapPeopleByIndex();
        }

        IndexArray.EnsureIndex(ref _personIndexes, number);

        var person = _personIndexes[number];
        if (person < 0)
        {
            person = IndexOf(_people, FirstPseudonym(key), nameof(PlatformActivity.PersonPseudonym));
            _personIndexes[number] = person;
        }

        return person;
    }

    /// <summary>Ends the numbering of people by their index: numbers defined so far map to themselves.</summary>
    private void MapPeopleByIndex()
    {
        if (!_peopleByNumber)
        {
            return;
        }

        _peopleByNumber = false;
        _personIndexes = new int[Math.Max(16, _people.Count * 2)];
        Array.Fill(_personIndexes, -1);
        for (var index = 0; index < _people.Count; index++)
        {
            _personIndexes[index] = index;
        }
    }

    private static void ThrowIfUndefined(PlatformRole role)
    {
        if (!IsDefinedRole((int)role))
        {
            throw new ArgumentException(
                $"PlatformActivity.Role {(int)role} is not a declared PlatformRole value.", nameof(role));
        }
    }

    /// <summary>Returns the index of the service plus one, or 0 when there is none.</summary>
    private int ServiceIndex(string? service) =>
        service is null ? 0 : IndexOf(_services, service, nameof(PlatformActivity.Service)) + 1;

    private void Encode(DateOnly day, int platform, int uai, PlatformRole role, int person, int service,
        int connections)
    {
        EnsureCapacity(MaxRecordEntryBytes);
        var buffer = _buffer;
        var position = _length;
        buffer[position++] = RecordTag;
        position = WriteVarint(buffer, position, (uint)day.DayNumber);
        position = WriteVarint(buffer, position, (uint)platform);
        position = WriteVarint(buffer, position, (uint)uai);
        buffer[position++] = (byte)role;
        position = WriteVarint(buffer, position, (uint)person);
        position = WriteVarint(buffer, position, (uint)service);
        position = WriteVarint(buffer, position, ZigZagEncode(connections));
        _length = position;
        Records++;
        _summary.Add(platform, uai, role, person, day.DayNumber, connections);
    }

    private static string FirstPseudonym(PersonKey key) => key.Pseudonym ?? throw new ArgumentException(
        $"Person {key.Number} of the pull has no pseudonym on its first record, which must carry it.", nameof(key));

    private static string Required(string? value, string field) =>
        value ?? throw new ArgumentException($"PlatformActivity.{field} is null, but the field is required.", field);

    /// <summary>Returns the index of <paramref name="value"/>, defining it first when the table lacks it.</summary>
    private int IndexOf(IStringTable table, string value, string field) =>
        table.TryGetIndex(value, out var index) ? index : Define(table, value, field);

    /// <summary>Defines <paramref name="value"/>, which the table lacks, and returns its index.</summary>
    private int Define(IStringTable table, string value, string field)
    {
        int byteCount;
        try
        {
            byteCount = StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException exception)
        {
            throw new ArgumentException(
                $"PlatformActivity.{field} is not valid UTF-16 text: {exception.Message}", field, exception);
        }

        if (byteCount > MaxStringBytes)
        {
            throw new ArgumentException(
                $"PlatformActivity.{field} takes {byteCount} bytes in UTF-8, more than the maximum of "
                + $"{MaxStringBytes}.", field);
        }

        EnsureCapacity(2 + MaxVarint32Bytes + byteCount);
        _buffer[_length++] = StringTag;
        _buffer[_length++] = table.Id;
        _length = WriteVarint(_buffer, _length, (uint)byteCount);
        _length += StrictUtf8.GetBytes(value, _buffer.AsSpan(_length));
        return table.Add(value);
    }

    private void EnsureCapacity(int bytes)
    {
        if (_buffer.Length - _length < bytes)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }

    private async ValueTask FlushBufferAsync(CancellationToken cancellationToken)
    {
        await _hashing.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken).ConfigureAwait(false);
        _length = 0;
    }

    private void ThrowIfCommitted()
    {
        if (_committed)
        {
            throw new InvalidOperationException($"File {Path} is already committed, so no record can follow.");
        }
    }

    /// <summary>The strings of one table of the file with their indexes, which count from 0.</summary>
    private interface IStringTable
    {
        byte Id { get; }

        bool TryGetIndex(string value, out int index);

        /// <summary>Adds a string missing from the table and returns its index, the next one.</summary>
        int Add(string value);
    }

    /// <summary>
    /// The strings of one table with their indexes. The last string found is kept so that the usual case, the same
    /// string instance as in the previous record, costs a reference comparison instead of a hash lookup.
    /// </summary>
    private sealed class StringTable(byte id) : IStringTable
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
        private string? _lastValue;
        private int _lastIndex;

        public byte Id { get; } = id;

        public bool TryGetIndex(string value, out int index)
        {
            if (ReferenceEquals(value, _lastValue))
            {
                index = _lastIndex;
                return true;
            }

            if (!_indexes.TryGetValue(value, out index))
            {
                return false;
            }

            _lastValue = value;
            _lastIndex = index;
            return true;
        }

        /// <summary>The strings in index order.</summary>
        public List<string> Values { get; } = [];

        public int Count => Values.Count;

        public bool Contains(string value) => _indexes.ContainsKey(value);

        public int Add(string value)
        {
            var index = _indexes.Count;
            _indexes.Add(value, index);
            Values.Add(value);
            _lastValue = value;
            _lastIndex = index;
            return index;
        }
    }

    /// <summary>
    /// The person pseudonyms, found by their <see cref="TextKeyHash"/>. Pseudonyms in the form the pseudonymiser
    /// gives are kept as 16 bytes each (<see cref="HexPseudonyms"/>). From the first pseudonym in another form, all are
    /// kept as UTF-8 bytes in one array, an estimated 40 bytes per person. A large pull has a million people.
    /// </summary>
    /// <remarks>
    /// The index of hashes is built on the first lookup, from the bytes. A writer whose caller guarantees distinct
    /// new people (<see cref="NewPeopleDistinct"/>) never looks one up, and saves the index's 16 to 32 bytes per
    /// person.
    /// </remarks>
    private sealed class PseudonymTable(byte id) : IStringTable
    {
        private HashedTextTable<int>? _indexes;

        // Null from the first pseudonym that does not fit, after which the UTF-8 arrays below are used.
        private HexPseudonyms? _hex = new();
        private byte[] _bytes = [];
        private int[] _starts = [];
        private int[] _lengths = [];
        private int _byteCount;
        private string? _lastValue;
        private int _lastIndex;

        public byte Id { get; } = id;

        public int Count { get; private set; }

        /// <summary>The pseudonyms in index order, read from the bytes when asked.</summary>
        public IReadOnlyList<string> Values =>
            _hex ?? (IReadOnlyList<string>)new Utf8Strings(_bytes, _starts, _lengths, Count);

        public bool TryGetIndex(string value, out int index)
        {
            if (ReferenceEquals(value, _lastValue))
            {
                index = _lastIndex;
                return true;
            }

            if (!Indexes().TryGetValue(TextKeyHash.Of(value), out index))
            {
                return false;
            }

            _lastValue = value;
            _lastIndex = index;
            return true;
        }

        public bool Contains(string value) => TryGetIndex(value, out _);

        public int Add(string value)
        {
            var index = Count;
            if (_hex is not null && !_hex.TryAdd(value, out _))
            {
                MoveToUtf8();
            }

            if (_hex is null)
            {
                AddUtf8(index, value);
            }

            _indexes?.Set(TextKeyHash.Of(value), index);
            Count++;
            _lastValue = value;
            _lastIndex = index;
            return index;
        }

        private void AddUtf8(int index, string value)
        {
            var length = StrictUtf8.GetByteCount(value);
            if (_byteCount + length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(Math.Max(_bytes.Length * 2, 1 << 12), _byteCount + length));
            }

            IndexArray.EnsureIndex(ref _starts, index);
            IndexArray.EnsureIndex(ref _lengths, index);
            _starts[index] = _byteCount;
            _lengths[index] = StrictUtf8.GetBytes(value, _bytes.AsSpan(_byteCount));
            _byteCount += length;
        }

        /// <summary>Copies the pseudonyms kept as hexadecimal bytes into the UTF-8 arrays.</summary>
        private void MoveToUtf8()
        {
            var hex = _hex!;
            _hex = null;
            for (var index = 0; index < hex.Count; index++)
            {
                AddUtf8(index, hex[index]);
            }
        }

        /// <summary>Returns the index of hashes, building it from the pseudonyms defined so far on first use.</summary>
        private HashedTextTable<int> Indexes()
        {
            if (_indexes is null)
            {
                var utf8 = _hex is null ? new Utf8Strings(_bytes, _starts, _lengths, Count) : null;
                _indexes = new HashedTextTable<int>();
                for (var index = 0; index < Count; index++)
                {
                    _indexes.Set(_hex?.KeyOf(index) ?? utf8!.KeyOf(index), index);
                }
            }

            return _indexes;
        }
    }
}

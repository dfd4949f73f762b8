using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;

namespace LocalInsights.Core.Tests;

public sealed class ActivityFileTests : IDisposable
{
    private const string ActivityPath = "env/canonical/ent/2026-11/run-1/platform-activity.bin";
    private static readonly PullWindow November = PullWindow.ForMonth(2026, 11);
    private static readonly DateTimeOffset Completed = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly int Day = new DateOnly(2026, 11, 2).DayNumber;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "li-activity-" + Guid.NewGuid().ToString("N"));
    private readonly LocalFolderStore _store;

    public ActivityFileTests()
    {
        _store = new LocalFolderStore(_root);
    }

    /// <summary>Files that break one rule of the format each, with a fragment of the expected message.</summary>
    public static TheoryData<string, byte[], string> MalformedFiles => new()
    {
        {
            "unknown tag",
            new FileBytes().Magic().Strings().Tag(7).ToArray(),
            $"byte {new FileBytes().Magic().Strings().Length} has the entry tag 7"
        },
        { "unknown table", new FileBytes().Magic().String(4, "x").ToArray(), "byte 7 defines a string of table 4" },
        {
            "platform index",
            new FileBytes().Magic().Strings().Record(platform: 1).End(1).ToArray(),
            "record 1 refers to platform string 1, but only 1 are defined before it"
        },
        {
            "person index",
            new FileBytes().Magic().Strings().Record(person: 2).End(1).ToArray(),
            "record 1 refers to person pseudonym string 2, but only 1 are defined before it"
        },
        {
            "service index",
            new FileBytes().Magic().Strings().Record(service: 1).End(1).ToArray(),
            "record 1 refers to service string 0, but only 0 are defined before it"
        },
        {
            "undefined role",
            new FileBytes().Magic().Strings().Record().Record(role: 9).End(2).ToArray(),
            "record 2 has the role 9, which is not a declared PlatformRole value"
        },
        {
            "day after 9999-12-31",
            new FileBytes().Magic().Strings().Record(day: DateOnly.MaxValue.DayNumber + 1).End(1).ToArray(),
            $"record 1 has the day number {DateOnly.MaxValue.DayNumber + 1}"
        },
        {
            "varint over 32 bits",
            new FileBytes().Magic().Strings().Tag(2).Raw(0xFF, 0xFF, 0xFF, 0xFF, 0x1F).ToArray(),
            "does not fit in 32 bits"
        },
        {
            "invalid UTF-8",
            new FileBytes().Magic().Tag(1).Raw(0, 2, 0xC3, 0x28).ToArray(),
            "byte 7 defines a string that is not valid UTF-8"
        },
        {
            "string over the maximum",
            new FileBytes().Magic().Tag(1).Raw(2).Varint((ulong)ActivityFileFormat.MaxStringBytes + 1).ToArray(),
            $"defines a string of {ActivityFileFormat.MaxStringBytes + 1} bytes"
        },
        {
            "count differs",
            new FileBytes().Magic().Strings().Record().End(2).ToArray(),
            "counts 2 records, but the file has 1"
        },
        {
            "data after the end",
            new FileBytes().Magic().Strings().Record().End(1).Raw(0).ToArray(),
            $"has data after its end entry, from byte {new FileBytes().Magic().Strings().Record().End(1).Length}"
        },
        { "empty file", [], "is truncated: it ends at byte 0, after record 0" },
        { "part of the magic", "LIA"u8.ToArray(), "is truncated: it ends at byte 3" },
    };

    [Fact]
    public async Task RoundTrip_ManyRecords_ReadsSameValues()
    {
        var expected = SampleActivities(30_000);

        var manifest = await PullAsync(expected);
        var read = await ReadAsync(manifest);

        var file = Assert.Single(manifest.Files, file => file.Kind != ActivitySummary.Kind);
        Assert.Equal(ActivityPath, file.Path);
        Assert.Equal("platform-activity", file.Kind);
        Assert.Equal(expected.Count, file.Records);
        Assert.True(file.Bytes < 16L * expected.Count, $"{file.Bytes} bytes for {expected.Count} records");
        Assert.Equal(expected.Count, read.Count);
        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task RoundTrip_EqualStrings_ShareOneInstance()
    {
        var manifest = await PullAsync(SampleActivities(2_000));
        var read = await ReadAsync(manifest);

        Assert.Equal("0350001A", read[0].Uai);
        Assert.Same(read[0].Uai, read[9].Uai);
        Assert.Equal("person-0000", read[0].PersonPseudonym);
        Assert.Same(read[0].PersonPseudonym, read[997].PersonPseudonym);
        Assert.Same(read[1].Service, read[5].Service);
    }

    [Fact]
    public async Task RoundTrip_StringLongerThanBuffer_ReadsBack()
    {
        var longService = new string('é', 200_000);
        var expected = SampleActivities(100)
            .Select((activity, index) => index % 10 == 3 ? activity with { Service = longService } : activity)
            .ToList();

        var read = await ReadAsync(await PullAsync(expected));

        Assert.Equal(expected, read);
        Assert.Equal(200_000, read[3].Service!.Length);
    }

    [Fact]
    public async Task Write_Synchronous_ReadsBack()
    {
        var expected = SampleActivities(20_000);
        ManifestFile file;
        await using (var writer = await ActivityRecordFileWriter.CreateAsync(_store, ActivityPath, default))
        {
            foreach (var activity in expected)
            {
                writer.Write(activity);
            }

            file = await writer.CommitAsync(default);
        }

        var read = await ReadAsync(Manifest(file));

        Assert.Equal(expected.Count, file.Records);
        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task Write_TwoRecords_GivesDocumentedBytes()
    {
        var first = new PlatformActivity
        {
            Day = DateOnly.FromDayNumber(Day), Platform = "ent", Uai = "0350001A", Role = PlatformRole.Teacher,
            PersonPseudonym = "p1", Connections = -3,
        };
        var second = first with { Service = "Mail", Connections = 300 };
        var expected = new FileBytes().Magic()
            .String(0, "ent").String(1, "0350001A").String(2, "p1")
            .Record(day: Day, role: (int)PlatformRole.Teacher, connections: 5)
            .String(3, "Mail")
            .Record(day: Day, role: (int)PlatformRole.Teacher, service: 1, connections: 600)
            .End(2)
            .ToArray();

        var manifest = await PullAsync([first, second]);
        var stored = await _store.ReadAllBytesAsync(ActivityPath, default);

        Assert.Equal(expected, stored);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(expected)), manifest.Files[0].Sha256);
        Assert.Equal(expected.Length, manifest.Files[0].Bytes);
    }

    [Fact]
    public async Task Write_InvalidRecord_ThrowsAndKeepsFileValid()
    {
        var valid = SampleActivities(2);
        ManifestFile file;
        await using (var writer = await ActivityRecordFileWriter.CreateAsync(_store, ActivityPath, default))
        {
            await writer.WriteAsync(valid[0], default);
            var nullUai = Assert.Throws<ArgumentException>(() => writer.Write(valid[0] with { Uai = null! }));
            var role = Assert.Throws<ArgumentException>(() => writer.Write(valid[0] with { Role = (PlatformRole)42 }));
            var surrogate = Assert.Throws<ArgumentException>(
                () => writer.Write(valid[0] with { Platform = "new", Service = "\uD800" }));
            await writer.WriteAsync(valid[1], default);
            file = await writer.CommitAsync(default);

            Assert.Contains("PlatformActivity.Uai is null", nullUai.Message, StringComparison.Ordinal);
            Assert.Contains("Role 42", role.Message, StringComparison.Ordinal);
            Assert.Contains("PlatformActivity.Service is not valid UTF-16", surrogate.Message,
                StringComparison.Ordinal);
        }

        var read = await ReadAsync(Manifest(file));

        Assert.Equal(2, file.Records);
        Assert.Equal(valid, read);
    }

    [Fact]
    public async Task Read_TruncatedFile_NamesFileAndByte()
    {
        var manifest = await PullAsync(SampleActivities(10_000));
        var stored = (await _store.ReadAllBytesAsync(ActivityPath, default))!;
        await _store.WriteAllBytesAsync(ActivityPath, stored.AsMemory(0, stored.Length / 2), default);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(manifest));

        Assert.Contains($"File {ActivityPath} is truncated: it ends at byte {stored.Length / 2}, after record ",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MissingEndEntry_NamesFile()
    {
        var manifest = await PullAsync(SampleActivities(100));
        var stored = (await _store.ReadAllBytesAsync(ActivityPath, default))!;
        await _store.WriteAllBytesAsync(ActivityPath, stored.AsMemory(0, stored.Length - 2), default);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(manifest));

        Assert.Equal($"File {ActivityPath} is truncated: it ends at byte {stored.Length - 2}, after record 100, "
            + "without its end entry.", error.Message);
    }

    [Fact]
    public async Task Read_BadMagic_NamesFile()
    {
        var manifest = await PullAsync(SampleActivities(10));
        var stored = (await _store.ReadAllBytesAsync(ActivityPath, default))!;
        stored[5] = (byte)'2';
        await _store.WriteAllBytesAsync(ActivityPath, stored, default);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(manifest));

        Assert.Equal($"File {ActivityPath} does not start with LIACT1, the header of a platform activity file.",
            error.Message);
    }

    [Fact]
    public async Task Read_UaiIndexOutOfRange_NamesRecord()
    {
        var bytes = new FileBytes().Magic().Strings().Record().Record().Record(uai: 3).End(3).ToArray();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadRawAsync(bytes));

        Assert.Equal($"File {ActivityPath} record 3 refers to UAI string 3, but only 1 are defined before it.",
            error.Message);
    }

    [Fact]
    public async Task Read_ChangedByte_FailsSha256()
    {
        var manifest = await PullAsync(SampleActivities(1_000));
        var stored = (await _store.ReadAllBytesAsync(ActivityPath, default))!;
        var at = stored.AsSpan().IndexOf("person-0005"u8);
        Assert.True(at > 0);
        stored[at + "person-000".Length] = (byte)'9';
        await _store.WriteAllBytesAsync(ActivityPath, stored, default);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(manifest));

        Assert.Equal($"File {ActivityPath} does not match the SHA-256 in its manifest: it changed after the pull "
            + "completed.", error.Message);
    }

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task Read_MalformedFile_ThrowsNamedError(string rule, byte[] bytes, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ReadRawAsync(bytes));

        Assert.StartsWith($"File {ActivityPath} ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), $"{rule}: {error.Message}");
    }

    [Fact]
    public async Task Read_WellFormedHandBuiltFile_ReadsRecords()
    {
        var bytes = new FileBytes().Magic().Strings().String(3, "Mail")
            .Record(service: 1, connections: 7).Record(role: 5, connections: 1).End(2).ToArray();

        var read = await ReadRawAsync(bytes);

        Assert.Equal(2, read.Count);
        Assert.Equal(DateOnly.FromDayNumber(Day), read[0].Day);
        Assert.Equal("ent", read[0].Platform);
        Assert.Equal("0350001A", read[0].Uai);
        Assert.Equal(PlatformRole.Unknown, read[0].Role);
        Assert.Equal("p1", read[0].PersonPseudonym);
        Assert.Equal("Mail", read[0].Service);
        Assert.Equal(-4, read[0].Connections);
        Assert.Equal(PlatformRole.Guest, read[1].Role);
        Assert.Null(read[1].Service);
        Assert.Equal(-1, read[1].Connections);
    }

    [Fact]
    public async Task Read_JsonLinesActivityFile_StillReads()
    {
        var expected = SampleActivities(500);
        const string path = "env/canonical/ent/2026-11/run-1/platform-activity.jsonl.gz";
        ManifestFile file;
        await using (var writer = await RecordFileWriter<PlatformActivity>.CreateAsync(_store, path, default))
        {
            foreach (var activity in expected)
            {
                await writer.WriteAsync(activity, default);
            }

            file = await writer.CommitAsync(default);
        }

        var manifestJson = JsonSerializer.SerializeToUtf8Bytes(
            Manifest(file), ReadableJsonContext.Default.PullManifest);
        await _store.WriteAllBytesAsync(PullSession.ManifestPath("env", "ent", November), manifestJson, default);
        var reader = new CanonicalReader(_store);
        var read = new List<PlatformActivity>();
        await foreach (var activity in reader.ReadAsync<PlatformActivity>("env", November, default))
        {
            read.Add(activity);
        }

        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task PullSession_OtherTypes_StayJsonLines()
    {
        var device = new DeviceSnapshot { SnapshotDate = new DateOnly(2026, 11, 30), Source = "t", DeviceId = "d-1" };
        PullManifest manifest;
        await using (var session = new PullSession(_store, "env", "ent", "test-ent", November, "run-1"))
        {
            await session.WriteAsync(SampleActivities(1)[0], default);
            await session.WriteAsync(device, default);
            manifest = await session.CompleteAsync(Completed, default);
        }

        var devices = new List<DeviceSnapshot>();
        await foreach (var read in new CanonicalReader(_store).ReadAsync<DeviceSnapshot>(manifest, default))
        {
            devices.Add(read);
        }

        Assert.Equal("env/canonical/ent/2026-11/run-1/devices.jsonl.gz",
            manifest.Files.Single(file => file.Kind == "devices").Path);
        Assert.Equal(ActivityPath, manifest.Files.Single(file => file.Kind == "platform-activity").Path);
        Assert.Equal([device], devices);
    }

    [Fact]
    public async Task Read_BinaryFileOfOtherKind_Throws()
    {
        var bytes = new FileBytes().Magic().End(0).ToArray();
        await _store.WriteAllBytesAsync(ActivityPath, bytes, default);
        var manifest = Manifest(new ManifestFile(ActivityPath, "devices", 0, bytes.Length,
            Convert.ToHexStringLower(SHA256.HashData(bytes))));

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var unused in new CanonicalReader(_store).ReadAsync<DeviceSnapshot>(manifest, default))
            {
            }
        });

        Assert.Equal($"File {ActivityPath} is a binary file, but only platform-activity files are stored that way, "
            + "not devices.", error.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>
    /// Builds activities over three platforms and UAIs, every role, services with and without a value and with
    /// non-ASCII text, and pseudonyms built anew for each record so the writer cannot rely on same instances.
    /// </summary>
    private static List<PlatformActivity> SampleActivities(int count)
    {
        string[] platforms = ["ent", "pronote", "moodle-académie"];
        string[] uais = ["0350001A", "0350002B", "0291234X"];
        string?[] services = [null, "Cahier de textes", null, "数学 🎓 élèves"];
        int[] connections = [0, 1, 127, 128, -1, int.MaxValue, int.MinValue, 300];
        var roles = Enum.GetValues<PlatformRole>();
        var activities = new List<PlatformActivity>(count);
        for (var index = 0; index < count; index++)
        {
            activities.Add(new PlatformActivity
            {
                Day = new DateOnly(2026, 11, 1 + (index % 30)),
                Platform = platforms[index % platforms.Length],
                Uai = uais[index / 3 % uais.Length],
                Role = roles[index % roles.Length],
                PersonPseudonym = $"person-{index % 997:D4}",
                Service = services[index % services.Length],
                Connections = connections[index % connections.Length],
            });
        }

        return activities;
    }

    private static PullManifest Manifest(ManifestFile file) => new()
    {
        Environment = "env", Connector = "ent", ConnectorType = "test-ent", RunId = "run-1",
        WindowFrom = November.From, WindowTo = November.To, CompletedAt = Completed, Files = [file],
    };

    private async Task<PullManifest> PullAsync(IEnumerable<PlatformActivity> activities)
    {
        await using var session = new PullSession(_store, "env", "ent", "test-ent", November, "run-1");
        foreach (var activity in activities)
        {
            await session.WriteAsync(activity, default);
        }

        return await session.CompleteAsync(Completed, default);
    }

    private async Task<List<PlatformActivity>> ReadAsync(PullManifest manifest)
    {
        var activities = new List<PlatformActivity>();
        await foreach (var activity in new CanonicalReader(_store).ReadAsync<PlatformActivity>(manifest, default))
        {
            activities.Add(activity);
        }

        return activities;
    }

    /// <summary>Stores <paramref name="bytes"/> with a matching SHA-256 in its manifest and reads it.</summary>
    private async Task<List<PlatformActivity>> ReadRawAsync(byte[] bytes)
    {
        await _store.WriteAllBytesAsync(ActivityPath, bytes, default);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return await ReadAsync(Manifest(new ManifestFile(ActivityPath, "platform-activity", 0, bytes.Length, sha256)));
    }

    /// <summary>Writes the activity file format by hand, independently of the writer under test.</summary>
    private sealed class FileBytes
    {
        private readonly List<byte> _bytes = [];

        public int Length => _bytes.Count;

        public FileBytes Magic() => Raw("LIACT1\n"u8.ToArray());

        /// <summary>Defines "ent", "0350001A" and "p1" as string 0 of the platform, UAI and person tables.</summary>
        public FileBytes Strings() => String(0, "ent").String(1, "0350001A").String(2, "p1");

        public FileBytes String(byte table, string value)
        {
            var utf8 = Encoding.UTF8.GetBytes(value);
            return Tag(1).Raw(table).Varint((ulong)utf8.Length).Raw(utf8);
        }

        /// <summary>Adds a record entry; <paramref name="connections"/> is the zigzag value as stored.</summary>
        public FileBytes Record(
            long? day = null, int platform = 0, int uai = 0, int role = 0, int person = 0, int service = 0,
            uint connections = 7) =>
            Tag(2).Varint((ulong)(day ?? Day)).Varint((ulong)platform).Varint((ulong)uai).Raw((byte)role)
                .Varint((ulong)person).Varint((ulong)service).Varint(connections);

        public FileBytes End(ulong count) => Tag(0).Varint(count);

        public FileBytes Tag(byte tag) => Raw(tag);

        public FileBytes Varint(ulong value)
        {
            while (value >= 0x80)
            {
                _bytes.Add((byte)(value | 0x80));
                value >>= 7;
            }

            _bytes.Add((byte)value);
            return this;
        }

        public FileBytes Raw(params byte[] bytes)
        {
            _bytes.AddRange(bytes);
            return this;
        }

        public byte[] ToArray() => [.. _bytes];
    }
}

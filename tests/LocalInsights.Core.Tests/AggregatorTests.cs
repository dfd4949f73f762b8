using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LocalInsights.Core.Tests;

public sealed class AggregatorTests : IDisposable
{
    private const string Lycee = "0350022J";
    private static readonly PullWindow November = PullWindow.ForMonth(2026, 11);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "li-agg-" + Guid.NewGuid().ToString("N"));
    private readonly LocalFolderStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    public AggregatorTests()
    {
        _store = new LocalFolderStore(_root);
    }

    [Fact]
    public async Task Devices_ClassifiedActiveIdleNeverSeen()
    {
        await PullAsync("devices", [
            Device("a", new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero)),
            Device("b", new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero)),
            Device("c", new DateTimeOffset(2026, 10, 15, 8, 0, 0, TimeSpan.Zero)),
            Device("d", null),
        ]);

        var facts = await AggregateAsync();
        var establishment = facts.Establishments.Single(fact => fact.Uai == Lycee);

        Assert.Equal(4, establishment.DevicesDeployed);
        Assert.Equal(2, establishment.DevicesActive);
        Assert.Equal(1, establishment.DevicesIdle);
        Assert.Equal(1, establishment.DevicesNeverSeen);
    }

    [Fact]
    public async Task ReadAhead_GivesSameFacts()
    {
        var pull = await PullAsync("devices", [
            Device("a", new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero)),
            Device("b", new DateTimeOffset(2026, 10, 15, 8, 0, 0, TimeSpan.Zero)),
        ]);
        var readAhead = new DeviceReadAhead(_store, November, new AggregationOptions());
        readAhead.Add(pull.Manifest!, default);

        var establishment = (await AggregateAsync(readAhead)).Establishments.Single(fact => fact.Uai == Lycee);

        Assert.Equal(2, establishment.DevicesDeployed);
        Assert.Equal(1, establishment.DevicesActive);
        Assert.Equal(1, establishment.DevicesIdle);
    }

    [Fact]
    public async Task ReadAhead_ReplacedPullReadAgain()
    {
        var first = await PullAsync("devices", [Device("a", null), Device("b", null), Device("c", null)]);
        var readAhead = new DeviceReadAhead(_store, November, new AggregationOptions());
        readAhead.Add(first.Manifest!, default);
        Assert.Null((await readAhead.CompleteAsync()).Failure);
        _time.Advance(TimeSpan.FromMinutes(1));
        await PullAsync("devices", [Device("a", new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero))]);

        var establishment = (await AggregateAsync(readAhead)).Establishments.Single(fact => fact.Uai == Lycee);

        Assert.Equal(1, establishment.DevicesDeployed);
        Assert.Equal(1, establishment.DevicesActive);
    }

    [Fact]
    public async Task ReadAhead_RemovedFilesReadAgain()
    {
        var first = await PullAsync("devices", [Device("a", null), Device("b", null), Device("c", null)]);
        _time.Advance(TimeSpan.FromMinutes(1));
        await PullAsync("devices", [Device("a", new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero))]);
        var readAhead = new DeviceReadAhead(_store, November, new AggregationOptions());
        readAhead.Add(first.Manifest!, default);

        var establishment = (await AggregateAsync(readAhead)).Establishments.Single(fact => fact.Uai == Lycee);

        Assert.IsType<InvalidDataException>((await readAhead.CompleteAsync()).Failure);
        Assert.Equal(1, establishment.DevicesDeployed);
    }

    [Fact]
    public async Task ReadAhead_DamagedLatestPullFails()
    {
        var pull = await PullAsync("devices", [Device("a", null)]);
        var devices = pull.Manifest!.Files.Single(file => file.Kind == CanonicalRecordKinds.NameOf<DeviceSnapshot>());
        File.Delete(Path.Combine(_root, devices.Path));
        var readAhead = new DeviceReadAhead(_store, November, new AggregationOptions());
        readAhead.Add(pull.Manifest, default);

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => AggregateAsync(readAhead));

        Assert.Contains(devices.Path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Devices_UnmappedKeptWithoutEstablishment()
    {
        await PullAsync("devices", [Device("a", null) with { Uai = null }]);

        var facts = await AggregateAsync();

        Assert.Equal(1, facts.Devices.Single(fact => fact.Uai is null).Deployed);
    }

    [Fact]
    public async Task ReportedVisitors_TakenNotSummed()
    {
        await PullAsync("ent", [
            Statistic(PlatformRole.Student, visitors: 781, provisioned: 862, activated: 835),
            Statistic(PlatformRole.Teacher, visitors: 88, provisioned: 97, activated: 95),
            Statistic(PlatformRole.Staff, visitors: 3, provisioned: 4, activated: 4),
        ]);

        var facts = await AggregateAsync();
        var students = facts.PlatformUse.Single(fact => fact.Role == PlatformRole.Student);
        var staff = facts.PlatformUse.Single(fact => fact.Role == PlatformRole.Staff);
        var teachers = facts.PlatformUse.Single(fact => fact.Role == PlatformRole.Teacher);

        Assert.Equal(781, students.ActiveUsers);
        Assert.Equal(FigureBasis.Reported, students.Basis);
        Assert.Null(staff.ActiveUsers);
        Assert.True(staff.Suppressed);
        Assert.Null(teachers.ActiveUsers);
        Assert.Equal(781, facts.Establishments.Single(fact => fact.Uai == Lycee).ActiveStudents);
    }

    [Fact]
    public async Task HiddenUsers_HideSmallConnectionCounts()
    {
        await PullAsync("logs", [
            .. Enumerable.Range(0, 12).Select(person => Activity($"p{person}", 1)),
            Activity("teacher", 2) with { Role = PlatformRole.Teacher },
        ]);

        var facts = await AggregateAsync();
        var teacher = facts.PlatformUse.Single(fact => fact.Role == PlatformRole.Teacher);

        Assert.True(teacher.Suppressed);
        Assert.Null(teacher.Connections);
    }

    [Fact]
    public async Task EmptyPull_ReportedAsStale()
    {
        await PullAsync<PlatformActivity>("logs", []);

        var facts = await AggregateAsync();

        Assert.Contains(facts.DataQuality, fact => fact.Kind == QualityIssueKind.StaleSource && fact.Source == "logs");
    }

    [Fact]
    public async Task PerUserActivity_CountsDistinctPeople()
    {
        var records = Enumerable.Range(0, 12)
            .SelectMany(person => Enumerable.Range(1, 3).Select(day => Activity($"p{person}", day)))
            .ToList();
        await PullAsync("logs", records);

        var facts = await AggregateAsync();
        var fact = facts.PlatformUse.Single();

        Assert.Equal(12, fact.ActiveUsers);
        Assert.Equal(36, fact.Connections);
        Assert.Equal(FigureBasis.Computed, fact.Basis);
        Assert.Equal(1.5m, fact.ActiveUsersPer100Pupils);
    }

    [Fact]
    public async Task PeopleOfTwoPulls_CountedOnce()
    {
        // Two pulls of the same platform share people 5 to 9, and a third platform has people 0 to 5 again.
        await PullAsync("logs-a", Enumerable.Range(0, 10).Select(person => Activity($"p{person}", 1)).ToList());
        await PullAsync("logs-b", Enumerable.Range(5, 10).Select(person => Activity($"p{person}", 2)).ToList());
        await PullAsync("logs-c", Enumerable.Range(0, 6)
            .Select(person => Activity($"p{person}", 3) with { Platform = "Forum" }).ToList());

        var facts = await AggregateAsync();

        Assert.Equal(15, facts.PlatformUse.Single(fact => fact.Platform == "Blog").ActiveUsers);
        Assert.Equal(20, facts.PlatformUse.Single(fact => fact.Platform == "Blog").Connections);
        Assert.Equal(6, facts.PlatformUse.Single(fact => fact.Platform == "Forum").ActiveUsers);
        Assert.Equal(15, facts.Establishments.Single(fact => fact.Uai == Lycee).ActiveStudents);
    }

    [Fact]
    public async Task StudentsOfTwoPlatforms_CountedOnce()
    {
        var records = Enumerable.Range(0, 12).Select(person => Activity($"p{person}", 1))
            .Concat(Enumerable.Range(8, 12).Select(person => Activity($"p{person}", 2) with { Platform = "Forum" }))
            .ToList();
        await PullAsync("logs", records);

        var facts = await AggregateAsync();

        Assert.Equal(12, facts.PlatformUse.Single(fact => fact.Platform == "Blog").ActiveUsers);
        Assert.Equal(12, facts.PlatformUse.Single(fact => fact.Platform == "Forum").ActiveUsers);
        Assert.Equal(20, facts.Establishments.Single(fact => fact.Uai == Lycee).ActiveStudents);
    }

    [Fact]
    public async Task Investment_CostPerActiveDevice()
    {
        await PullAsync("devices", [
            Device("a", new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero)),
            Device("b", new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero)),
        ]);
        await PullAsync("register", [
            Line("INV-1", 1200m, new DateOnly(2025, 9, 1), 4),
            Line("INV-2", 800m, new DateOnly(2020, 9, 1), 4),
            Line("INV-3", 5000m, new DateOnly(2027, 1, 10), 4),
        ]);

        var facts = await AggregateAsync();
        var establishment = facts.Establishments.Single(fact => fact.Uai == Lycee);

        Assert.Equal(2000m, establishment.DeviceSpend);
        Assert.Equal(300m, establishment.AnnualisedDeviceSpend);
        Assert.Equal(1000m, establishment.CostPerActiveDevice);
        Assert.Equal(150m, establishment.AnnualisedCostPerActiveDevice);
    }

    [Fact]
    public async Task Licences_UnusedSpendFromRegisterPrice()
    {
        await PullAsync("graph", [
            Licence(uai: null, enabled: 1000, consumed: 900, active: 600),
            Licence(uai: Lycee, enabled: 0, consumed: 300, active: 250),
        ]);
        await PullAsync("register", [
            Line("LIC-1", 24_000m, new DateOnly(2026, 9, 1), 1) with
            {
                Category = InvestmentCategory.Licence, Item = "Microsoft 365 A3 (M365EDU_A3_FACULTY)", Quantity = 1000,
            },
        ]);

        var facts = await AggregateAsync();
        var licence = Assert.Single(facts.Licences);

        Assert.Equal(1000, licence.Purchased);
        Assert.Equal(900, licence.Assigned);
        Assert.Equal(600, licence.Active);
        Assert.Equal(24m, licence.UnitPrice);
        Assert.Equal(9_600m, licence.UnusedSpend);
    }

    [Fact]
    public async Task Licences_UnknownActivityLeavesSpendEmpty()
    {
        await PullAsync("graph", [Licence(uai: null, enabled: 10, consumed: 8, active: null)]);

        var facts = await AggregateAsync();
        var licence = Assert.Single(facts.Licences);

        Assert.Null(licence.Active);
        Assert.Null(licence.UnitPrice);
        Assert.Null(licence.UnusedSpend);
    }

    [Fact]
    public async Task Aggregates_WrittenAsCsvAndParquet()
    {
        await PullAsync("devices", [Device("a", null)]);
        var facts = await AggregateAsync();

        var written = await new AggregateWriter(_store).WriteAsync(facts, default);
        var csv = System.Text.Encoding.UTF8.GetString(
            (await _store.ReadAllBytesAsync("env/aggregates/2026-11/devices.csv", default))!);

        Assert.Contains("env/aggregates/2026-11/establishments.parquet", written);
        Assert.StartsWith("\uFEFFmonth;uai;model;operating_system;source;deployed;active;idle;never_seen", csv);
        Assert.Contains("2026-11-01;0350022J;ThinkPad L13;Windows;test;1;0;0;1", csv);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<FactSet> AggregateAsync(DeviceReadAhead? readAhead = null)
    {
        var directory = new EstablishmentDirectory([
            new Establishment(Uai.Parse(Lycee), "Lycée Beaumont", EstablishmentKind.Lycee, true, "35236", "Redon",
                "035", Funder.Region, 800),
        ]);
        return await new Aggregator(_store, _time, NullLogger<Aggregator>.Instance).AggregateAsync(
            new AggregationRequest
            {
                Environment = "env", EnvironmentName = "Test", Window = November, Establishments = directory,
                DeviceReadAhead = readAhead,
            }, default);
    }

    private async Task<PullResult> PullAsync<T>(string connector, IReadOnlyList<T> records)
        where T : notnull
    {
        var result = await new PullRunner(_store, _time).RunAsync(new RecordsConnector<T>(records), new PullRequest
        {
            Environment = "env", Connector = connector, Window = November,
            Settings = new ConfigurationBuilder().Build(), BaseDirectory = _root,
            Pseudonymizer = new Pseudonymizer(new byte[32]),
        }, default);
        Assert.True(result.Succeeded, result.Failure);
        return result;
    }

    private static DeviceSnapshot Device(string id, DateTimeOffset? lastSync) => new()
    {
        SnapshotDate = new DateOnly(2026, 11, 30), Source = "test", DeviceId = id, Model = "ThinkPad L13",
        OperatingSystem = "Windows", LastSyncAt = lastSync, Uai = Lycee, MappingRule = "name",
    };

    private static LicenceSnapshot Licence(string? uai, int enabled, int consumed, int? active) => new()
    {
        SnapshotDate = new DateOnly(2026, 11, 30), Source = "graph", SkuId = "e97c048c-37a4-45fb-ab50-922fbf07a370",
        SkuPartNumber = "M365EDU_A3_FACULTY", EnabledUnits = enabled, ConsumedUnits = consumed, Uai = uai,
        ActiveUsers = active,
    };

    private static PlatformStatistic Statistic(PlatformRole role, int visitors, int provisioned, int activated) => new()
    {
        Platform = "ENT", Uai = Lycee, PeriodStart = new DateOnly(2026, 11, 1), Period = StatisticPeriod.Month,
        Role = role, Connections = 100, UniqueVisitors = visitors, ProvisionedAccounts = provisioned,
        ActivatedAccounts = activated,
    };

    private static PlatformActivity Activity(string person, int day) => new()
    {
        Day = new DateOnly(2026, 11, day), Platform = "Blog", Uai = Lycee, Role = PlatformRole.Student,
        PersonPseudonym = person, Connections = 1,
    };

    private static InvestmentLine Line(string reference, decimal amount, DateOnly date, int years) => new()
    {
        Reference = reference, Programme = "Plan", Uai = Lycee, Category = InvestmentCategory.Device, Item = "PC",
        AmountExcludingTax = amount, AcquisitionDate = date, DepreciationYears = years,
    };

    /// <summary>Writes a fixed list of canonical records, to test what happens after the connectors.</summary>
    private sealed class RecordsConnector<T>(IReadOnlyList<T> records) : IConnector
        where T : notnull
    {
        public ConnectorDescriptor Descriptor { get; } = new("test-records", "Test records", [typeof(T)],
            typeof(object), new ProcessingDeclaration("tests", [], [], "none"));

        public async Task PullAsync(PullContext context, CancellationToken cancellationToken)
        {
            foreach (var record in records)
            {
                await context.WriteAsync(record, cancellationToken);
            }
        }
    }
}

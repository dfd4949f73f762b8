using LocalInsights.Connectors.Ent.OpenEnt;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.Ent;

public sealed class OpenEntStatisticsTests : IDisposable
{
    private const string Folder = "ent-open-ent-ng-stats";
    private const string Accounts = "export-stats-accounts.month.sample.csv";
    private const string Access = "export-stats-access.month.sample.csv";
    private const string DeviceTypes = "export-stats-accounts-device.month.sample.csv";
    private static readonly PullWindow September = PullWindow.ForMonth(2024, 9);
    private static readonly PullWindow October = PullWindow.ForMonth(2024, 10);
    private readonly ConnectorHarness _harness = new();

    [Fact]
    public async Task AccountsExport_KeepsExactFigures()
    {
        var statistics = await PullAsync(September, Accounts);
        var students = Find(statistics, "0350022J", PlatformRole.Student);

        Assert.Equal("ENT", students.Platform);
        Assert.Equal(new DateOnly(2024, 9, 1), students.PeriodStart);
        Assert.Equal(StatisticPeriod.Month, students.Period);
        Assert.Null(students.Service);
        Assert.Equal(18342, students.Connections);
        Assert.Equal(781, students.UniqueVisitors);
        Assert.Equal(862, students.ProvisionedAccounts);
        Assert.Equal(835, students.ActivatedAccounts);
    }

    [Fact]
    public async Task AccountsExport_OneRecordPerRow()
    {
        var statistics = await PullAsync(September, Accounts);

        Assert.Equal(8, statistics.Count);
        Assert.All(statistics, statistic => Assert.Equal(new DateOnly(2024, 9, 1), statistic.PeriodStart));
        Assert.Equal(4, statistics.Count(statistic => statistic.Uai == "0350022J"));
    }

    [Fact]
    public async Task ProfileLabels_MapToRoles()
    {
        var statistics = await PullAsync(September, Accounts);
        var roles = statistics.Where(statistic => statistic.Uai == "0350022J").Select(statistic => statistic.Role);

        Assert.Equal([PlatformRole.Student, PlatformRole.Teacher, PlatformRole.Parent, PlatformRole.Staff], roles);
    }

    [Fact]
    public async Task UniqueVisitors_NeverSummed()
    {
        var september = await PullAsync(September, Accounts);
        var october = await PullAsync(October, Accounts);

        Assert.Equal(781, Find(september, "0350022J", PlatformRole.Student).UniqueVisitors);
        Assert.Equal(770, Find(october, "0350022J", PlatformRole.Student).UniqueVisitors);
        Assert.Equal(2, october.Count);
    }

    [Fact]
    public async Task GuestRow_EmptyVisitorsStayNull()
    {
        var statistics = await PullAsync(September, Accounts);
        var guests = Find(statistics, "0350024L", PlatformRole.Guest);

        Assert.Equal(0, guests.Connections);
        Assert.Null(guests.UniqueVisitors);
        Assert.Equal(2, guests.ProvisionedAccounts);
        Assert.Equal(0, guests.ActivatedAccounts);
    }

    [Fact]
    public async Task RowsOutsideWindow_SkippedButCounted()
    {
        var result = await PullResultAsync(September, Accounts);
        var statistics = await _harness.ReadRecordsAsync<PlatformStatistic>(result);

        Assert.Equal(10, result.Read);
        Assert.Equal(8, statistics.Count);
        Assert.Equal(0, result.Rejected);
        Assert.Contains(_harness.Logs.Entries, entry => entry.EventId.Id == 2202);
    }

    [Fact]
    public async Task AccessExport_GivesPerApplicationFigures()
    {
        var statistics = await PullAsync(September, Access);

        Assert.Equal(5, statistics.Count);
        var pronote = Assert.Single(statistics, item => item.Uai == "0350022J" && item.Service == "Pronote");
        Assert.Equal(PlatformRole.Student, pronote.Role);
        Assert.Equal(40211, pronote.Connections);
        Assert.Null(pronote.UniqueVisitors);
        Assert.Equal(2210, Assert.Single(statistics, item => item.Service == "Cahier de textes").Connections);
    }

    [Fact]
    public async Task DeviceTypeExport_ReadNotStored()
    {
        var result = await PullResultAsync(September, DeviceTypes);
        var statistics = await _harness.ReadRecordsAsync<PlatformStatistic>(result);

        Assert.Equal(4, result.Read);
        Assert.Empty(statistics);
        Assert.Contains(_harness.Logs.Entries, entry => entry.EventId.Id == 2210);
    }

    [Fact]
    public async Task DeviceTypeInvalidUai_RejectedAndObserved()
    {
        var content = "\"UAI\";\"Date\";\"Profil\";\"Support\";\"Connexions\"\r\n"
            + "\"0350022X\";\"2024-09-01T00:00\";\"Élève\";\"desktop\";\"9120\"\r\n"
            + "\"0350022J\";\"2024-09-01T00:00\";\"Élève\";\"tablet\";\"2421\"\r\n"
            + "\"035002\";\"2024-08-01T00:00\";\"Élève\";\"tablet\";\"12\"\r\n";
        _harness.WriteFile("devices-invalid-uai.csv", content);

        var result = await PullResultAsync(September, "devices-invalid-uai.csv");

        var reject = Assert.Single(await _harness.ReadRejectsAsync(result));
        Assert.Equal(2, reject.Line);
        Assert.Equal("UAI", reject.Field);
        Assert.Equal("0350022X", reject.Value);
        var observation = Assert.Single(await _harness.ReadRecordsAsync<QualityObservation>(result));
        Assert.Equal(QualityIssueKind.InvalidUai, observation.Kind);
        Assert.Equal("0350022X", observation.Subject);
        Assert.Empty(await _harness.ReadRecordsAsync<PlatformStatistic>(result));
    }

    [Fact]
    public async Task RowsOfWrongWidth_RejectedNotShifted()
    {
        var content = "\"UAI\";\"Date\";\"Profil\";\"Connexions\";\"Visiteurs uniques\"\r\n"
            + "\"0350022J\";\"2024-09-01T00:00\";\"Élève\";\"100\";\"20\"\r\n"
            + "\"0350022J\";\"2024-09-01T00:00\";\"Enseignant\";\"10\"\r\n"
            + "\"0350022J\";\"2024-09-01T00:00\";\"Personnel\";\"5\";\"2\";\"7\"\r\n"
            + "\"0350022J\";\"2024-09-01T00:00\";\"Parent\";\"8\";\"3\";\r\n";
        _harness.WriteFile("accounts-widths.csv", content);

        var result = await PullResultAsync(September, "accounts-widths.csv");

        var statistics = await _harness.ReadRecordsAsync<PlatformStatistic>(result);
        Assert.Equal([PlatformRole.Student, PlatformRole.Parent], statistics.Select(statistic => statistic.Role));
        var rejects = await _harness.ReadRejectsAsync(result);
        Assert.Equal([3L, 4L], rejects.Select(reject => reject.Line!.Value));
        Assert.Equal(
            ["the row has 4 fields but the header has 5", "the row has 6 fields but the header has 5"],
            rejects.Select(reject => reject.Reason));
    }

    [Fact]
    public async Task DeviceTypeExport_LogsSingularRow()
    {
        var content = "\"UAI\";\"Date\";\"Profil\";\"Support\";\"Connexions\"\r\n"
            + "\"0350022J\";\"2024-09-01T00:00\";\"Élève\";\"tablet\";\"2421\"\r\n";
        _harness.WriteFile("devices-one-row.csv", content);

        await PullResultAsync(September, "devices-one-row.csv");

        var entry = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2210);
        Assert.EndsWith("is a device-type export: 1 row read and UAI codes checked, nothing stored", entry.Message,
            StringComparison.Ordinal);
        var read = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2205);
        Assert.StartsWith("Read 1 row from ", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderPath_FailsNamingFolder()
    {
        Directory.CreateDirectory(Path.Combine(_harness.DataDirectory, "exports"));
        var settings = new Dictionary<string, string?> { ["Files:0"] = "exports" };

        var result = await _harness.PullAsync(new OpenEntStatisticsConnector(), settings, September);

        Assert.False(result.Succeeded);
        Assert.Contains($"{Path.Combine(_harness.DataDirectory, "exports")} is a folder, not a file", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains("Set Connectors:source:Files:0 to the path of a file", result.Failure,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralFiles_KindFoundFromHeader()
    {
        var statistics = await PullAsync(September, Access, Accounts, DeviceTypes);

        Assert.Equal(5, statistics.Count(statistic => statistic.Service is not null));
        Assert.Equal(8, statistics.Count(statistic => statistic.Service is null));
    }

    [Fact]
    public async Task RawCopies_StoredPerFile()
    {
        await PullResultAsync(September, Accounts, Access);

        var paths = await _harness.ListStoredAsync();

        Assert.Equal(2, paths.Count(path => path.StartsWith("test/raw/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task BadRows_RejectedRunContinues()
    {
        var content = "\uFEFF\"Établissement\";\"UAI\";\"Date\";\"Profil\";\"Connexions\";\"Visiteurs uniques\";"
            + "\"Comptes chargés\";\"Comptes activés\"\r\n"
            + "\"A\";\"0350022J\";\"2024-09-01T00:00\";\"Stagiaire\";\"1\";\"1\";\"1\";\"1\"\r\n"
            + "\"B\";\"0350022X\";\"2024-09-01T00:00\";\"Élève\";\"1\";\"1\";\"1\";\"1\"\r\n"
            + "\"C\";\"0350024L\";\"2024-09-01T00:00\";\"Élève\";\"12,5\";\"1\";\"1\";\"1\"\r\n"
            + "\"D\";\"0350024L\";\"1er septembre\";\"Élève\";\"1\";\"1\";\"1\";\"1\"\r\n"
            + "\"E\";\"0350002M\";\"2024-09-01T00:00\";\"Élève\";\"9012\";\"702\";\"768\";\"741\"\r\n";
        _harness.WriteFile("accounts-bad.csv", content);

        var result = await PullResultAsync(September, "accounts-bad.csv");
        var statistics = await _harness.ReadRecordsAsync<PlatformStatistic>(result);
        var rejects = await _harness.ReadRejectsAsync(result);

        Assert.Equal("0350002M", Assert.Single(statistics).Uai);
        Assert.Equal(4, rejects.Count);
        Assert.All(rejects, reject => Assert.EndsWith("accounts-bad.csv", reject.File, StringComparison.Ordinal));
        Assert.Equal([2L, 3L, 4L, 5L], rejects.Select(reject => reject.Line!.Value));
        Assert.Equal(["Profil", "UAI", "Connexions", "Date"], rejects.Select(reject => reject.Field));
        Assert.Equal(["Stagiaire", "0350022X", "12,5", "1er septembre"], rejects.Select(reject => reject.Value));
    }

    [Fact]
    public async Task InvalidUai_ObservedAsQualityIssue()
    {
        var content = "\"UAI\";\"Date\";\"Profil\";\"Connexions\";\"Visiteurs uniques\"\r\n"
            + "\"0350022X\";\"2024-09-01T00:00\";\"Élève\";\"1\";\"1\"\r\n";
        _harness.WriteFile("accounts-invalid-uai.csv", content);

        var result = await PullResultAsync(September, "accounts-invalid-uai.csv");
        var observations = await _harness.ReadRecordsAsync<QualityObservation>(result);

        var observation = Assert.Single(observations);
        Assert.Equal(QualityIssueKind.InvalidUai, observation.Kind);
        Assert.Equal("0350022X", observation.Subject);
    }

    [Fact]
    public async Task ProfileSetting_AddsLabel()
    {
        var content = "\"UAI\";\"Date\";\"Profil\";\"Connexions\";\"Visiteurs uniques\"\r\n"
            + "\"0350022J\";\"2024-09-01T00:00\";\"Stagiaire\";\"5\";\"2\"\r\n";
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = Path.GetFileName(_harness.WriteFile("accounts-trainees.csv", content)),
            ["Profiles:Stagiaire"] = "Staff",
            ["Platform"] = "Toutatice",
        };

        var result = await _harness.PullAsync(new OpenEntStatisticsConnector(), settings, September);
        var statistic = Assert.Single(await _harness.ReadRecordsAsync<PlatformStatistic>(result));

        Assert.Equal(PlatformRole.Staff, statistic.Role);
        Assert.Equal("Toutatice", statistic.Platform);
    }

    [Fact]
    public async Task UnknownExport_FailsNamingKey()
    {
        _harness.WriteFile("other.csv", "\"UAI\";\"Date\";\"Profil\";\"Autre\"\r\n");

        var result = await PullResultAsync(September, "other.csv");

        Assert.False(result.Succeeded);
        Assert.Contains("not an Open ENT NG statistics export", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Files:0", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_FailsNamingPathAndKey()
    {
        var settings = new Dictionary<string, string?> { ["Files:0"] = Accounts, ["Files:1"] = "absent.csv" };
        _harness.CopyTestData($"{Folder}/{Accounts}");

        var result = await _harness.PullAsync(new OpenEntStatisticsConnector(), settings, September);

        Assert.False(result.Succeeded);
        Assert.Contains(Path.Combine(_harness.DataDirectory, "absent.csv"), result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Files:1", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptySettings_FailNamingFilesKey()
    {
        var result = await _harness.PullAsync(
            new OpenEntStatisticsConnector(), new Dictionary<string, string?> { ["Platform"] = "" }, September);

        Assert.False(result.Succeeded);
        Assert.Contains("Connectors:source:Files: list at least one", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Platform:", result.Failure, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    private static PlatformStatistic Find(IEnumerable<PlatformStatistic> statistics, string uai, PlatformRole role) =>
        Assert.Single(statistics, statistic => statistic.Uai == uai && statistic.Role == role);

    private async Task<IReadOnlyList<PlatformStatistic>> PullAsync(PullWindow window, params string[] files)
    {
        var result = await PullResultAsync(window, files);
        return await _harness.ReadRecordsAsync<PlatformStatistic>(result);
    }

    private Task<PullResult> PullResultAsync(PullWindow window, params string[] files)
    {
        var settings = new Dictionary<string, string?>();
        for (var index = 0; index < files.Length; index++)
        {
            var written = File.Exists(Path.Combine(_harness.DataDirectory, files[index]));
            settings[$"Files:{index}"] = written ? files[index] : _harness.CopyTestData($"{Folder}/{files[index]}");
        }

        return _harness.PullAsync(new OpenEntStatisticsConnector(), settings, window);
    }
}

using LocalInsights.Connectors.Ent.ConnectionLog;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.Ent;

public sealed class EntConnectionLogTests : IDisposable
{
    private static readonly PullWindow September = PullWindow.ForMonth(2024, 9);
    private readonly ConnectorHarness _harness = new();

    [Fact]
    public async Task ValidRows_BecomeActivities()
    {
        var activities = await _harness.ReadRecordsAsync<PlatformActivity>(await PullAsync());

        Assert.Equal(4, activities.Count);
        var first = activities[0];
        Assert.Equal(new DateOnly(2024, 9, 2), first.Day);
        Assert.Equal("ENT", first.Platform);
        Assert.Equal("0350022J", first.Uai);
        Assert.Equal(PlatformRole.Student, first.Role);
        Assert.Equal("Pronote", first.Service);
        Assert.Equal(3, first.Connections);
    }

    [Fact]
    public async Task Identifier_ReplacedByPseudonym()
    {
        var activities = await _harness.ReadRecordsAsync<PlatformActivity>(await PullAsync());

        var expected = _harness.Pseudonymizer.Pseudonymize("lea.martin@lycee-beaumont.example");
        Assert.Equal(expected, activities[0].PersonPseudonym);
        Assert.Equal(32, activities[0].PersonPseudonym.Length);
    }

    [Fact]
    public async Task IdentifierCase_GivesSamePseudonym()
    {
        var activities = await _harness.ReadRecordsAsync<PlatformActivity>(await PullAsync());

        Assert.Equal(activities[0].PersonPseudonym, activities[2].PersonPseudonym);
        Assert.NotEqual(activities[0].PersonPseudonym, activities[1].PersonPseudonym);
    }

    [Fact]
    public async Task EmptyService_StaysNull()
    {
        var activities = await _harness.ReadRecordsAsync<PlatformActivity>(await PullAsync());

        Assert.Equal(PlatformRole.Parent, activities[3].Role);
        Assert.Null(activities[3].Service);
        Assert.Equal(2, activities[3].Connections);
    }

    [Fact]
    public async Task RowsOutsideWindow_SkippedButCounted()
    {
        var result = await PullAsync();
        var activities = await _harness.ReadRecordsAsync<PlatformActivity>(result);

        // Eleven rows: four written, six rejected, and the August row skipped.
        Assert.Equal(11, result.Read);
        Assert.Equal(4, activities.Count);
        Assert.Equal(6, result.Rejected);
        Assert.DoesNotContain(activities, activity => activity.Day.Month == 8);
        Assert.Contains(_harness.Logs.Entries, entry => entry.EventId.Id == 2202);
    }

    [Fact]
    public async Task BadRows_RejectedWithLocation()
    {
        var rejects = await _harness.ReadRejectsAsync(await PullAsync());

        Assert.Equal(6, rejects.Count);
        Assert.All(rejects,
            reject => Assert.EndsWith("connexions-2024-09.csv", reject.File, StringComparison.Ordinal));
        Assert.Equal([6L, 7L, 8L, 9L, 10L, 11L], rejects.Select(reject => reject.Line!.Value));
        Assert.Equal(
            ["uai", "profil", "date", "identifiant", "connexions", null], rejects.Select(reject => reject.Field));
        // An unknown profile and a count that is not a number may come from a shifted column: no value is shown.
        Assert.Equal(
            ["0350022X", null, "2024-09-06", null, "[hidden: not shaped like a number]", null],
            rejects.Select(reject => reject.Value));
    }

    [Fact]
    public async Task Rejects_NeverCarryIdentifiers()
    {
        var rejects = await _harness.ReadRejectsAsync(await PullAsync());

        foreach (var reject in rejects)
        {
            Assert.DoesNotContain("@", reject.Value ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("@", reject.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DateFormats_SettingReplacesDefault()
    {
        _harness.WriteFile(
            "iso.csv", "date;uai;profil;identifiant\r\n2024-09-06;0350022J;Élève;ines.roux@example.org\r\n");
        var settings = new Dictionary<string, string?> { ["Files:0"] = "iso.csv", ["DateFormats:0"] = "yyyy-MM-dd" };

        var result = await _harness.PullAsync(new EntConnectionLogConnector(), settings, September);
        var activity = Assert.Single(await _harness.ReadRecordsAsync<PlatformActivity>(result));

        Assert.Equal(new DateOnly(2024, 9, 6), activity.Day);
        Assert.Equal(1, activity.Connections);
    }

    [Fact]
    public async Task MissingIdentifierColumn_FailsNamingKey()
    {
        _harness.WriteFile("no-id.csv", "date;uai;profil;login\r\n06/09/2024;0350022J;Élève;x\r\n");
        var settings = new Dictionary<string, string?> { ["Files:0"] = "no-id.csv" };

        var result = await _harness.PullAsync(new EntConnectionLogConnector(), settings, September);

        Assert.False(result.Succeeded);
        Assert.Contains("'identifiant'", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Columns:Identifier", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_FailsNamingPathAndKey()
    {
        var settings = new Dictionary<string, string?> { ["Files:0"] = "absent.csv" };

        var result = await _harness.PullAsync(new EntConnectionLogConnector(), settings, September);

        Assert.False(result.Succeeded);
        Assert.Contains(Path.Combine(_harness.DataDirectory, "absent.csv"), result.Failure, StringComparison.Ordinal);
        Assert.Contains("Connectors:source:Files:0", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderPath_FailsNamingFolder()
    {
        Directory.CreateDirectory(Path.Combine(_harness.DataDirectory, "connexions"));
        var settings = new Dictionary<string, string?> { ["Files:0"] = "connexions" };

        var result = await _harness.PullAsync(new EntConnectionLogConnector(), settings, September);

        Assert.False(result.Succeeded);
        Assert.Contains($"{Path.Combine(_harness.DataDirectory, "connexions")} is a folder, not a file",
            result.Failure, StringComparison.Ordinal);
        Assert.Contains("Set Connectors:source:Files:0 to the path of a file", result.Failure,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneRowOutsideWindow_LoggedInSingular()
    {
        _harness.WriteFile("log.csv", "date;uai;profil;identifiant\r\n02/08/2024;0350022J;Élève;a@example.org\r\n");

        await _harness.PullAsync(new EntConnectionLogConnector(),
            new Dictionary<string, string?> { ["Files:0"] = "log.csv" }, September);

        var skipped = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2202);
        Assert.StartsWith("Skipped 1 row of ", skipped.Message, StringComparison.Ordinal);
        var read = Assert.Single(_harness.Logs.Entries, entry => entry.EventId.Id == 2201);
        Assert.StartsWith("Read 1 row from ", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyColumnSetting_FailsNamingKey()
    {
        var settings = new Dictionary<string, string?> { ["Files:0"] = "log.csv", ["Columns:Identifier"] = "" };

        var result = await _harness.PullAsync(new EntConnectionLogConnector(), settings, September);

        Assert.False(result.Succeeded);
        Assert.Contains("Connectors:source:Columns:Identifier: the column name is empty", result.Failure,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task StrayQuote_CostsItsOwnRowOnly()
    {
        var log = "date;uai;profil;identifiant;service;connexions\r\n"
            + "02/09/2024;0350022J;élève;a@lycee.example;Pronote;1\r\n"
            + "03/09/2024;0350022J;élève;\"stray@lycee.example;Blog;1\r\n"
            + "04/09/2024;0350022J;élève;b@lycee.example;Pronote;1\r\n"
            + "05/09/2024;0350022J;élève;c@lycee.example;\"Blog; forum\";2\r\n";
        var result = await PullLogAsync(log);
        var activities = await _harness.ReadRecordsAsync<PlatformActivity>(result);
        var reject = Assert.Single(await _harness.ReadRejectsAsync(result));

        Assert.Equal(3, activities.Count);
        Assert.Equal("Blog; forum", activities[2].Service);
        Assert.Equal(3L, reject.Line);
        Assert.Contains("never closed", reject.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("@", reject.Value ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShiftedColumns_ShowNoIdentifier()
    {
        var log = "date;uai;profil;identifiant;service;connexions\r\n"
            + "02/09/2024;0350022J;margot.lambert12;élève;Blog;1\r\n"
            + "02/09/2024;margot.lambert13;élève;0350022J;Blog;1\r\n"
            + "margot.lambert14;0350022J;élève;02/09/2024;Blog;1\r\n"
            + "02/09/2024;0350022J;élève;Blog;1;margot.lambert15\r\n"
            + "02/09/2024;0350022J;Camille Martin;élève;Blog;1\r\n"
            + "02/09/2024;0350022J;élève;a.b@lycee.example;shift.four@lycee.example;1\r\n";
        var result = await PullLogAsync(log);
        var rejects = await _harness.ReadRejectsAsync(result);
        var observations = await _harness.ReadRecordsAsync<QualityObservation>(result);
        var activities = await _harness.ReadRecordsAsync<PlatformActivity>(result);
        var visibleTexts = rejects.Select(reject => reject.Value).Concat(observations.Select(item => item.Subject))
            .Concat(activities.Select(activity => activity.Service)).Concat(_harness.Logs.Entries.Select(entry =>
                entry.Message)).Where(text => text is not null).ToList();

        Assert.Equal(6, rejects.Count);
        Assert.DoesNotContain(visibleTexts, text => text!.Contains("margot", StringComparison.Ordinal));
        Assert.DoesNotContain(visibleTexts, text => text!.Contains("Camille", StringComparison.Ordinal));
        Assert.DoesNotContain(visibleTexts, text => text!.Contains('@', StringComparison.Ordinal));
        Assert.Contains(rejects, reject => reject.Field == "service" && reject.Value == "[e-mail address]");
    }

    [Fact]
    public async Task UnknownProfile_NamedOnceFivePeopleHaveIt()
    {
        var log = "date;uai;profil;identifiant\r\n" + string.Concat(Enumerable.Range(0, 6).Select(person =>
            $"02/09/2024;0350022J;Tuteur;tuteur{person}@lycee.example\r\n"
            + $"02/09/2024;0350022J;Tutrice;tutrice{person % 4}@lycee.example\r\n"));
        var result = await PullLogAsync(log);
        var observations = (await _harness.ReadRecordsAsync<QualityObservation>(result))
            .Where(item => item.Kind == QualityIssueKind.RejectedRows).ToList();

        Assert.Equal(12, result.Rejected);
        Assert.Contains(observations, item => item.Subject == "Tuteur" && item.Count == 6);
        Assert.Contains(observations, item => item.Subject == "[hidden: profile of fewer than 5 people]"
            && item.Count == 6);
        Assert.DoesNotContain(observations, item => item.Subject == "Tutrice");
    }

    [Fact]
    public async Task OutOfRangeCounts_SayWhy()
    {
        var log = "date;uai;profil;identifiant;service;connexions\r\n"
            + "02/09/2024;0350022J;élève;a@lycee.example;Blog;1000000000000\r\n"
            + "02/09/2024;0350022J;élève;b@lycee.example;Blog;-5\r\n"
            + "02/09/2024;0350022J;élève;c@lycee.example;Blog;beaucoup\r\n";
        var rejects = await _harness.ReadRejectsAsync(await PullLogAsync(log));

        Assert.Equal(
            ["more than the largest count accepted, 2,147,483,647", "a count cannot be negative",
                "not a whole number of zero or more"],
            rejects.Select(reject => reject.Reason));
        Assert.Equal(["1000000000000", "-5", "[hidden: not shaped like a number]"],
            rejects.Select(reject => reject.Value));
    }

    public void Dispose() => _harness.Dispose();

    /// <summary>Pulls a connection log of the given text, written to a file of the test folder.</summary>
    private Task<PullResult> PullLogAsync(string log)
    {
        var settings = new Dictionary<string, string?> { ["Files:0"] = _harness.WriteFile("log.csv", log) };
        return _harness.PullAsync(new EntConnectionLogConnector(), settings, September);
    }

    private Task<PullResult> PullAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Files:0"] = _harness.CopyTestData("ent-connection-log/connexions-2024-09.csv"),
        };
        return _harness.PullAsync(new EntConnectionLogConnector(), settings, September);
    }
}

using System.Text;
using LocalInsights.Connectors.Graph.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph.Tests;

public sealed class UsageReportTests : IAsyncLifetime
{
    private static readonly PullWindow September2024 = PullWindow.ForMonth(2024, 9);
    private FakeGraphServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("getTeamsUserActivityUserDetail.D7.with-bom.csv")]
    [InlineData("getTeamsUserActivityUserDetail.D7.bom-mojibake-resaved.csv")]
    public async Task Byte_order_mark_never_hides_columns(string file)
    {
        _server.ServeReport("getTeamsUserActivityUserDetail", "D7",
            TestFiles.Bytes("cases/01-graph-report-csv-utf8-bom/" + file));
        _server.ServeUsers(Users(("eleve.martin@college-exemple.example", "0350122T", "Eleve"),
            ("prof.durand@college-exemple.example", "0350122T", "Enseignant")));
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(ReportSettings("TeamsUserActivityUserDetail", "D7"), September2024);

        Assert.True(result.Succeeded, result.Failure);
        var activity = (await harness.ReadAsync<PlatformActivity>(September2024)).OrderBy(item => item.Day).ToList();
        Assert.Equal([new DateOnly(2024, 9, 27), new DateOnly(2024, 9, 30)], activity.Select(item => item.Day));
        Assert.Equal([PlatformRole.Student, PlatformRole.Teacher], activity.Select(item => item.Role));
        Assert.All(activity, item => Assert.Equal("Microsoft Teams", item.Platform));
        Assert.Equal(harness.Pseudonymizer.Pseudonymize("eleve.martin@college-exemple.example"),
            activity[0].PersonPseudonym);
        Assert.Equal(3, result.Read);
        Assert.Equal(file.Contains("mojibake", StringComparison.Ordinal),
            harness.Logs.Entries.Any(entry => entry.EventId == 2343));
    }

    [Theory]
    [InlineData("getEmailActivityUserDetail.2021-10-25.date-only.csv", 2021, 10, 22)]
    [InlineData("getEmailActivityUserDetail.2021-11-06.iso-datetime.csv", 2021, 11, 5)]
    public async Task Both_date_forms_give_same_day(string file, int year, int month, int day)
    {
        _server.ServeReport("getEmailActivityUserDetail", "D7",
            TestFiles.Bytes("cases/02-graph-report-date-format-changed/" + file));
        _server.ServeUsers(Users(("a.bernard@lycee-exemple.example", "0351234B", "Eleve"),
            ("b.petit@lycee-exemple.example", "0351234B", "Eleve")));
        using var harness = new GraphHarness();
        var window = PullWindow.ForMonth(year, month);

        var result = await harness.PullAsync(ReportSettings("EmailActivityUserDetail", "D7"), window);

        Assert.True(result.Succeeded, result.Failure);
        var activity = Assert.Single(await harness.ReadAsync<PlatformActivity>(window));
        Assert.Equal(new DateOnly(year, month, day), activity.Day);
        Assert.Equal("0351234B", activity.Uai);
    }

    [Fact]
    public async Task Unknown_date_form_fails_with_column()
    {
        var csv = "\uFEFFReport Refresh Date,User Principal Name,Last Activity Date,Report Period\r\n"
            + "2021-11-06,a.bernard@lycee-exemple.example,05/11/2021,7\r\n";
        _server.ServeReport("getEmailActivityUserDetail", "D7", Encoding.UTF8.GetBytes(csv));
        _server.ServeUsers(Users());
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(ReportSettings("EmailActivityUserDetail", "D7"), September2024);

        Assert.False(result.Succeeded);
        Assert.Contains("column 'Last Activity Date' contains '05/11/2021'", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concealed_names_are_counted_for_tenant()
    {
        _server.ServeReport("getOffice365ActiveUserDetail", "D7",
            TestFiles.Bytes(
                "cases/03-graph-report-concealed-user-names/getOffice365ActiveUserDetail.D7.concealed.csv"));
        _server.On("/users",
            _server.JsonFile("cases/03-graph-report-concealed-user-names/users-assignedLicenses.page.json"));
        _server.On("/subscribedSkus", _server.Json(Skus("aaaaaaaa-0000-4000-8000-00000000a3a3", 10, 2)));
        using var harness = new GraphHarness();
        var settings = ReportSettings("Office365ActiveUserDetail", "D7");
        settings["Licences:Enabled"] = "true";

        var result = await harness.PullAsync(settings, September2024);

        Assert.True(result.Succeeded, result.Failure);
        var observations = await harness.ReadAsync<QualityObservation>(September2024);
        var concealed = Assert.Single(observations, item => item.Kind == QualityIssueKind.ConcealedNames);
        Assert.Equal(3, concealed.Count);
        Assert.Equal("tenant 11111111-2222-4333-8444-555555555555", concealed.Subject);
        Assert.Contains("2 of them active in the window", concealed.Detail, StringComparison.Ordinal);
        Assert.Contains("Display concealed user, group, and site names in all reports", concealed.Detail,
            StringComparison.Ordinal);
        var unplaced = Assert.Single(observations, item => item.Kind == QualityIssueKind.UnmappedUser
            && item.File == "reports");
        Assert.Equal(1, unplaced.Count);
        var withoutAttribute = Assert.Single(observations, item => item.Kind == QualityIssueKind.UnmappedUser
            && item.File == "users");
        Assert.Equal(2, withoutAttribute.Count);
        Assert.Empty(await harness.ReadAsync<PlatformActivity>(September2024));
        var licence = Assert.Single(await harness.ReadAsync<LicenceSnapshot>(September2024));
        Assert.Null(licence.ActiveUsers);
        Assert.Single(harness.Logs.Entries, entry => entry.EventId == 2341);
        Assert.DoesNotContain("5F1C0A9E27B4D3C8A61E0F92B7D4C315", harness.AllStoredText(), StringComparison.Ordinal);
        Assert.DoesNotContain("claire.roux", harness.AllStoredText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("getTeamsDeviceUsageUserDetail.v1.0-layout.csv", false)]
    [InlineData("getTeamsDeviceUsageUserDetail.beta-2022-layout.csv", true)]
    public async Task Columns_are_read_by_name(string file, bool hasExtraColumns)
    {
        _server.ServeReport("getTeamsDeviceUsageUserDetail", "D30",
            TestFiles.Bytes("cases/04-report-columns-added-or-moved/" + file));
        _server.ServeUsers(Users(("eleve.a@college-exemple.example", "0350122T", "Eleve")));
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(ReportSettings("TeamsDeviceUsageUserDetail", "D30"), September2024);

        Assert.True(result.Succeeded, result.Failure);
        var activity = Assert.Single(await harness.ReadAsync<PlatformActivity>(September2024));
        Assert.Equal(new DateOnly(2024, 9, 29), activity.Day);
        Assert.Equal(harness.Pseudonymizer.Pseudonymize("eleve.a@college-exemple.example"), activity.PersonPseudonym);
        var extra = harness.Logs.Entries.Where(entry => entry.EventId == 2342).Select(entry => entry.Message).Single();
        Assert.Equal(hasExtraColumns, extra.Contains("User Id", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_column_stops_with_its_name()
    {
        var csv = "Report Refresh Date,User Principal Name,Is Deleted,Report Period\r\n"
            + "2024-09-30,a@x.example,False,7\r\n";
        _server.ServeReport("getTeamsDeviceUsageUserDetail", "D30", Encoding.UTF8.GetBytes(csv));
        _server.ServeUsers(Users());
        using var harness = new GraphHarness();

        var result = await harness.PullAsync(ReportSettings("TeamsDeviceUsageUserDetail", "D30"), September2024);

        Assert.False(result.Succeeded);
        Assert.Contains("has no column 'Last Activity Date'", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Licences_count_assigned_and_active_users()
    {
        var csv = "\uFEFFReport Refresh Date,User Principal Name,Last Activation Date,Last Activity Date,"
            + "Report Period,Word\r\n"
            + "2024-10-06,claire.roux@college-exemple.example,2024-09-02,2024-10-05,30,Yes\r\n"
            + "2024-10-06,denis.leroy@college-exemple.example,2024-09-02,2024-09-20,30,No\r\n";
        _server.ServeReport("getM365AppUserDetail", "D30", Encoding.UTF8.GetBytes(csv));
        _server.ServeUsers(Users(("claire.roux@college-exemple.example", "0350122T", "Eleve"),
            ("denis.leroy@college-exemple.example", "0351234B", "Enseignant")));
        _server.On("/subscribedSkus", _server.Json(Skus(SkuId, 10, 2)));
        using var harness = new GraphHarness();
        var settings = ReportSettings("M365AppUserDetail", "D30");
        settings["Licences:Enabled"] = "true";

        var result = await harness.PullAsync(settings);

        Assert.True(result.Succeeded, result.Failure);
        var licences = await harness.ReadAsync<LicenceSnapshot>();
        var tenant = Assert.Single(licences, item => item.Uai is null);
        Assert.Equal(("M365EDU_A3_STUDENT", 10, 2, 1), (tenant.SkuPartNumber, tenant.EnabledUnits,
            tenant.ConsumedUnits, tenant.ActiveUsers));
        var school = Assert.Single(licences, item => item.Uai == "0350122T");
        Assert.Equal((0, 1, 1), (school.EnabledUnits, school.ConsumedUnits, school.ActiveUsers));
        var college = Assert.Single(licences, item => item.Uai == "0351234B");
        Assert.Equal((1, 0), (college.ConsumedUnits, college.ActiveUsers));
        var activity = Assert.Single(await harness.ReadAsync<PlatformActivity>());
        Assert.Equal(("0350122T", "Microsoft 365 apps", new DateOnly(2024, 10, 5)),
            (activity.Uai, activity.Platform, activity.Day));
    }

    [Fact]
    public async Task Documented_subscribed_skus_are_stored()
    {
        _server.On("/subscribedSkus", _server.JsonFile("formats/graph-licences/subscribedSkus.v1.0.doc-example.json"));
        using var harness = new GraphHarness();
        var settings = GraphHarness.BaseSettings(_server);
        settings["Licences:Enabled"] = "true";

        var result = await harness.PullAsync(settings);

        Assert.True(result.Succeeded, result.Failure);
        var licences = (await harness.ReadAsync<LicenceSnapshot>()).ToDictionary(item => item.SkuPartNumber);
        Assert.Equal((25, 0, 14), (licences["ENTERPRISEPREMIUM"].EnabledUnits,
            licences["ENTERPRISEPREMIUM"].SuspendedUnits, licences["ENTERPRISEPREMIUM"].ConsumedUnits));
        Assert.Equal((0, 25), (licences["CRMSTANDARD"].EnabledUnits, licences["CRMSTANDARD"].SuspendedUnits));
        Assert.Equal("c7df2760-2c81-4ef7-b578-5b5392b571df", licences["ENTERPRISEPREMIUM"].SkuId);
        Assert.Null(licences["CRMSTANDARD"].ActiveUsers);
    }

    private const string SkuId = "aaaaaaaa-0000-4000-8000-00000000a3a3";

    private static string Skus(string skuId, int enabled, int consumed) => $$"""
        { "value": [ { "skuId": "{{skuId}}", "skuPartNumber": "M365EDU_A3_STUDENT", "consumedUnits": {{consumed}},
          "prepaidUnits": { "enabled": {{enabled}}, "suspended": 0, "warning": 0 } } ] }
        """;

    private static string Users(params (string Upn, string Department, string JobTitle)[] users) =>
        "{\"value\":[" + string.Join(",", users.Select((user, index) => $$"""
            {"id":"00000000-0000-4000-8000-{{index:D12}}","userPrincipalName":"{{user.Upn}}",
             "department":"{{user.Department}}","jobTitle":"{{user.JobTitle}}",
             "assignedLicenses":[{"disabledPlans":[],"skuId":"{{SkuId}}"}]}
            """)) + "]}";

    private Dictionary<string, string?> ReportSettings(string report, string period)
    {
        var settings = GraphHarness.BaseSettings(_server);
        settings["UsageReports:Enabled"] = "true";
        settings["UsageReports:Reports:0"] = report;
        settings["UsageReports:Period"] = period;
        settings["Users:EstablishmentAttribute"] = "department";
        settings["Users:RoleAttribute"] = "jobTitle";
        settings["Users:Roles:Eleve"] = "Student";
        settings["Users:Roles:Enseignant"] = "Teacher";
        return settings;
    }
}

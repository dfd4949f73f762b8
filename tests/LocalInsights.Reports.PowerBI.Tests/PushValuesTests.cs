using System.Text.Json;
using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.Push;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>Values Power BI refuses, from the documented data type restrictions.</summary>
public sealed class PushValuesTests
{
    [Theory]
    [InlineData(long.MaxValue, FactColumnType.WholeNumber)]
    [InlineData(long.MinValue, FactColumnType.WholeNumber)]
    [InlineData(double.NaN, FactColumnType.Real)]
    [InlineData(double.PositiveInfinity, FactColumnType.Real)]
    [InlineData(double.MaxValue, FactColumnType.Real)]
    [InlineData("38", FactColumnType.WholeNumber)]
    [InlineData("0,55", FactColumnType.DecimalNumber)]
    [InlineData("07/10/2024", FactColumnType.Date)]
    [InlineData(1, FactColumnType.Flag)]
    public void FindProblem_RefusedValue_IsReported(object value, FactColumnType type)
    {
        Assert.NotNull(PushValues.FindProblem(value, type));
    }

    [Theory]
    [InlineData(42L, FactColumnType.WholeNumber)]
    [InlineData(0.61, FactColumnType.Real)]
    [InlineData("", FactColumnType.Text)]
    [InlineData(true, FactColumnType.Flag)]
    [InlineData(null, FactColumnType.WholeNumber)]
    public void FindProblem_AcceptedValue_IsNull(object? value, FactColumnType type)
    {
        Assert.Null(PushValues.FindProblem(value, type));
    }

    [Fact]
    public void FindProblem_LongText_GivesLength()
    {
        var text = new string('x', 4_001);

        Assert.Equal("is 4,001 characters long; Power BI accepts at most 4,000", PushValues.FindProblem(text,
            FactColumnType.Text));
        Assert.Null(PushValues.FindProblem(text[..4_000], FactColumnType.Text));
        Assert.NotNull(PushValues.FindProblem("a\uD800b", FactColumnType.Text));
    }

    [Fact]
    public void Serialize_Adjust_CutsTextAndEmptiesNumbers()
    {
        var table = PushSchema.From([SampleTable()]).Single();

        var body = RowBatchSerializer.Serialize(table, 0, 2, adjust: true);

        using var document = JsonDocument.Parse(body);
        var rows = document.RootElement.GetProperty("rows");
        Assert.Equal(42, rows[0].GetProperty("Appareils actifs").GetInt64());
        Assert.Equal("2024-10-07T00:00:00Z", rows[0].GetProperty("Date").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("Appareils actifs").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("Taux d'usage").ValueKind);
        Assert.Equal(4_000, rows[1].GetProperty("Commentaire").GetString()!.Length);
    }

    [Fact]
    public void Scan_RowsFromReport_NamesColumnsAndRows()
    {
        var scan = PushValueScan.Run(PushSchema.From([SampleTable()]));

        Assert.Equal(3, scan.Count);
        Assert.Contains(scan.Problems, problem =>
            problem.StartsWith("Table 'Usage M365 - eleves', column 'Appareils actifs', row 2",
                StringComparison.Ordinal));
        Assert.Contains(scan.Problems, problem =>
            problem.Contains("column 'Commentaire', row 2: the value is 4,001 characters long",
                StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_RefusedValue_SendsNothing()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var facts = Facts.Build(3);
        facts = facts with { Devices = [.. facts.Devices, Facts.Device(3) with { Deployed = long.MaxValue }] };

        var publication = await harness.PublishAsync(facts, harness.Options());

        harness.AssertNoViolations();
        Assert.Equal(PowerBIPublicationStatus.Rejected, publication.Status);
        Assert.Empty(harness.Server.Requests);
        Assert.Equal("Table 'devices', column 'deployed', row 4: the value is Int64.MaxValue or Int64.MinValue, which "
            + "Power BI does not accept.", Assert.Single(publication.Problems));
        Assert.Contains("PowerBI:InvalidValues", publication.Message, StringComparison.Ordinal);
        Assert.Single(harness.Logs.MessagesOf(3103));
    }

    [Fact]
    public async Task Publish_AdjustPolicy_SendsAndListsChanges()
    {
        await using var harness = await PublisherHarness.StartAsync();
        var facts = Facts.Build(2);
        facts = facts with { Devices = [facts.Devices[0], facts.Devices[1] with { Model = new string('m', 5_000) }] };
        var options = harness.Options();
        options.InvalidValues = PowerBIInvalidValuePolicy.Adjust;

        var publication = await harness.PublishAsync(facts, options);

        harness.AssertNoViolations();
        Assert.True(publication.Status == PowerBIPublicationStatus.Published, publication.Message);
        Assert.Single(publication.Problems);
        Assert.Contains("1 values were sent adjusted", publication.Message, StringComparison.Ordinal);
        var rows = harness.Server.DatasetNamed("LocalInsights rennes").Tables["devices"].Rows;
        Assert.Equal(4_000, rows[1].GetProperty("model").GetString()!.Length);
        Assert.Single(harness.Logs.MessagesOf(3105));
    }

    // Rows 1 and 2 of the public report, as the facts would carry them. Row 2 contains text where numbers belong
    // and a long comment. The single-value cases above cover row 3 of the report.
    private static TestFactTable SampleTable() => new("Usage M365 - eleves",
    [
        ("Date", FactColumnType.Date), ("UAI", FactColumnType.Text), ("Appareils actifs", FactColumnType.WholeNumber),
        ("Taux d'usage", FactColumnType.Real), ("Commentaire", FactColumnType.Text),
    ],
    [
        [new DateOnly(2024, 10, 7), "0350122T", 42L, 0.61, string.Empty],
        [new DateOnly(2024, 10, 7), "0351019T", "38", "0,55", new string('x', 4_001)],
    ]);
}

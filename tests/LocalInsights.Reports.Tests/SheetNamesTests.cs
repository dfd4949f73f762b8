using ClosedXML.Excel;
using LocalInsights.Reports.Excel;
using Xunit;

namespace LocalInsights.Reports.Tests;

public sealed class SheetNamesTests
{
    private const string NamesCase = "excel-sheet-names-from-data";

    // One expected name per line of intended-sheet-names.txt, in file order.
    private static readonly string[] Expected =
    [
        "Lycée polyvalent Jean-Baptiste",
        "ENT (2024-2025)",
        "Usage_ Teams_",
        "Stats_élèves",
        "Collège Victor Hugo",
        "History~2",
        "Collège Saint-Exupéry — Annexe",
        "Collège Saint-Exupéry — Annex~2",
        "collège saint-exupéry — annex~3",
        "Statistiques numériques 2024 A",
        "Sheet 11",
        "Lycée-Pro",
        "Licences A3 élèves",
        "LICENCES A3 ÉLÈVES~2",
    ];

    [Fact]
    public void AllocateAll_IntendedNames_GivesExpectedNames()
    {
        var intended = TestData.ReadLines(NamesCase, "intended-sheet-names.txt");

        var names = SheetNames.AllocateAll(intended);

        Assert.Equal(Expected, names);
    }

    [Fact]
    public void AllocateAll_IntendedNames_AreValidAndUnique()
    {
        var intended = TestData.ReadLines(NamesCase, "intended-sheet-names.txt");

        var names = SheetNames.AllocateAll(intended);

        Assert.Equal(intended.Count, names.Count);
        foreach (var name in names)
        {
            Assert.True(SheetNames.IsValid(name), $"'{name}' is not a valid sheet name");
            Assert.InRange(name.Length, 1, 31);
            Assert.False(char.IsHighSurrogate(name[^1]), $"'{name}' ends with half a surrogate pair");
        }

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var upperCaseNames = names.Select(name => name.ToUpperInvariant()).Distinct(StringComparer.Ordinal);
        Assert.Equal(names.Count, upperCaseNames.Count());
    }

    [Fact]
    public void AllocateAll_SameInput_SameNames()
    {
        var intended = TestData.ReadLines(NamesCase, "intended-sheet-names.txt");

        Assert.Equal(SheetNames.AllocateAll(intended), SheetNames.AllocateAll(intended));
    }

    [Fact]
    public void Workbook_WithAllocatedNames_SavesAndReopens()
    {
        var intended = TestData.ReadLines(NamesCase, "intended-sheet-names.txt");
        var names = SheetNames.AllocateAll(intended);
        using var bytes = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            for (var index = 0; index < names.Count; index++)
            {
                SafeCell.SetText(workbook.AddWorksheet(names[index]).Cell("A1"), intended[index]);
            }

            workbook.SaveAs(bytes);
        }

        using var reopened = new XLWorkbook(bytes);

        Assert.Equal(names, reopened.Worksheets.Select(sheet => sheet.Name));
        for (var index = 0; index < names.Count; index++)
        {
            Assert.Equal(intended[index], reopened.Worksheet(names[index]).Cell("A1").GetString());
        }
    }

    [Fact]
    public void Allocate_ExistingSheetName_GetsSuffix()
    {
        var allocator = new SheetNames([ReportSheets.Summary]);

        Assert.Equal("summary~2", allocator.Allocate("summary"));
        Assert.Equal("Summary~3", allocator.Allocate("Summary"));
    }

    [Theory]
    [InlineData("''' '", "Sheet 1")]
    [InlineData("a' '", "a")]
    [InlineData("HISTORY", "HISTORY~2")]
    [InlineData("x\u0001y", "xy")]
    [InlineData("Établissement\tGévezé", "Établissement Gévezé")]
    public void Allocate_OddName_GivesValidName(string intended, string expected)
    {
        var name = new SheetNames().Allocate(intended);

        Assert.Equal(expected, name);
        Assert.True(SheetNames.IsValid(name));
    }

    [Fact]
    public void Allocate_ManyDuplicates_StayWithinLimit()
    {
        var allocator = new SheetNames();
        var intended = new string('a', 40);

        var names = Enumerable.Range(0, 120).Select(_ => allocator.Allocate(intended)).ToList();

        Assert.Equal("aaaaaaaaaaaaaaaaaaaaaaaaaaa~120", names[^1]);
        Assert.All(names, name => Assert.True(SheetNames.IsValid(name)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}

using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Tests.Establishments;

/// <summary>
/// The official directory and enrolment files of Ille-et-Vilaine, as published on data.education.gouv.fr.
/// The import is run once for the class.
/// </summary>
public sealed class DirectoryImportTests(DirectoryImportTests.RealFiles files)
    : IClassFixture<DirectoryImportTests.RealFiles>
{
    private const string SecondDegreeFile = "fr-en-effectifs-second-degre.csv";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "opendata-ille-et-vilaine");

    private DirectoryImportResult Result => files.Result;

    [Fact]
    public void AnnuaireRows_CountedByType()
    {
        using var file = DelimitedFile.Open(Path.Combine(Folder, "fr-en-annuaire-education.csv"));
        var type = file.IndexOf("Type_etablissement");
        var rows = file.ReadRows().ToList();

        Assert.Equal(996, rows.Count);
        Assert.Equal(685, rows.Count(row => row.Get(type) == "Ecole"));
        Assert.Equal(117, rows.Count(row => row.Get(type) == "Collège"));
        Assert.Equal(86, rows.Count(row => row.Get(type) == "Lycée"));
    }

    [Fact]
    public void Import_MergesMultiSiteRows()
    {
        var directory = Result.Files[0];

        Assert.Equal("fr-en-annuaire-education.csv", directory.File);
        Assert.Equal(996, directory.RowsRead);
        Assert.Equal(993, directory.RowsUsed);
        Assert.Equal(3, directory.DuplicateCodes);
        Assert.Equal(993, Result.Establishments.Count);
        Assert.DoesNotContain(Result.Issues, issue => issue.File == directory.File);
    }

    [Fact]
    public void Import_ClassifiesKinds()
    {
        Assert.Equal(685, Result.CountOf(EstablishmentKind.Ecole));
        Assert.Equal(116, Result.CountOf(EstablishmentKind.College));
        Assert.Equal(84, Result.CountOf(EstablishmentKind.Lycee));
        Assert.Equal(108, Result.CountOf(EstablishmentKind.Other));
    }

    [Theory]
    [InlineData("0350122T", EstablishmentKind.Ecole, Funder.Commune, true, "35016", "Baulon")]
    [InlineData("0350002M", EstablishmentKind.College, Funder.Departement, true, "35047", "Bruz")]
    [InlineData("0350053T", EstablishmentKind.Lycee, Funder.Region, true, "35360", "Vitré")]
    [InlineData("0351962T", EstablishmentKind.Lycee, Funder.Region, false, "35337", "Tinténiac")]
    public void Establishment_HasFunderAndCommune(
        string uai, EstablishmentKind kind, Funder funder, bool isPublic, string communeCode, string communeName)
    {
        var establishment = Find(uai);

        Assert.Equal(kind, establishment.Kind);
        Assert.Equal(funder, establishment.Funder);
        Assert.Equal(isPublic, establishment.IsPublic);
        Assert.Equal(communeCode, establishment.CommuneCode);
        Assert.Equal(communeName, establishment.CommuneName);
        Assert.Equal("035", establishment.Departement);
    }

    [Fact]
    public void InvalidOCodes_ReportedWithLocation()
    {
        var issues = Result.Issues.Where(issue => issue.Kind == DirectoryIssueKind.InvalidUai).ToList();

        Assert.Equal(8, issues.Count);
        Assert.All(issues, issue => Assert.Equal(SecondDegreeFile, issue.File));
        Assert.All(issues, issue => Assert.Equal("Numero_d_etablissement", issue.Column));
        Assert.All(issues, issue => Assert.EndsWith("O", issue.Value, StringComparison.Ordinal));
        Assert.All(issues, issue => Assert.Null(issue.Suggestion));
        Assert.Equal([52L, 83L, 213L, 316L, 388L, 389L, 474L, 773L], issues.Select(issue => issue.Line));
        Assert.Equal(
            ["0351122O", "0350933O", "0351019O", "0350932O", "0350935O", "0350937O", "0350708O", "0350821O"],
            issues.Select(issue => issue.Value));
    }

    [Fact]
    public void InvalidOCode_NeverMergedIntoValid()
    {
        var issue = Assert.Single(Result.Issues, item => item.Value == "0351019O");

        Assert.Equal("check letter O is never used (I, O and Q are excluded); the digits give T", issue.Reason);
        Assert.DoesNotContain(Result.Establishments, item => item.Uai.Value == "0351019O");
        Assert.Equal(263, Find("0351019T").Pupils);
    }

    [Theory]
    [InlineData("0350103X", 289)]
    [InlineData("0350002M", 711)]
    [InlineData("0352072M", 1376)]
    [InlineData("0350031U", 443)]
    [InlineData("0352950S", 808)]
    [InlineData("0351962T", null)]
    public void Pupils_MostRecentFigure(string uai, int? pupils)
    {
        Assert.Equal(pupils, Find(uai).Pupils);
    }

    [Fact]
    public void EnrolmentFiles_Summarised()
    {
        var secondDegree = Result.Files[1];
        var colleges = Result.Files[2];
        var schools = Result.Files[3];

        Assert.Equal((823L, 806L, 8L, 9L), (secondDegree.RowsRead, secondDegree.RowsUsed, secondDegree.InvalidCodes,
            secondDegree.UnknownCodes));
        Assert.Equal((374L, 319L, 53L, 2L), (colleges.RowsRead, colleges.RowsUsed, colleges.OtherKindRows,
            colleges.UnknownCodes));
        Assert.Equal((2704L, 2694L, 10L), (schools.RowsRead, schools.RowsUsed, schools.UnknownCodes));
        Assert.All(Result.Files, file => Assert.True(file.Found));
    }

    [Fact]
    public void Issue_ConvertsToObservation()
    {
        var observation = Result.Issues[0].ToObservation("establishment-directory");

        Assert.Equal(QualityIssueKind.InvalidUai, observation.Kind);
        Assert.Equal("0351122O", observation.Subject);
        Assert.Equal(SecondDegreeFile, observation.File);
        Assert.StartsWith($"{SecondDegreeFile} line 52, column 'Numero_d_etablissement', value '0351122O': ",
            observation.Detail, StringComparison.Ordinal);
    }

    private Establishment Find(string uai) => Result.Establishments.Single(item => item.Uai.Value == uai);

    /// <summary>The import of the real files, shared by the tests of the class.</summary>
    public sealed class RealFiles
    {
        public DirectoryImportResult Result { get; } =
            new DirectoryImporter().Import(new DirectoryImportOptions { Folder = Folder });
    }
}

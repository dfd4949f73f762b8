using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using Microsoft.Extensions.Options;

namespace LocalInsights.Connectors.Tests.Establishments;

/// <summary>Directory files written by the tests: renamed columns, bad codes, missing files and settings.</summary>
public sealed class DirectoryImportEdgeTests : IDisposable
{
    private const string Header =
        "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Statut_public_prive;Code_commune;"
        + "Nom_commune;Code_departement;Nombre_d_eleves;etablissement_multi_lignes\r\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "li-directory-" + Guid.NewGuid().ToString("N"));

    public DirectoryImportEdgeTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void InvalidDirectoryCode_ReportedNotImported()
    {
        var result = Import(Header
            + "0350122T;Ecole A;Ecole;Public;35016;Baulon;35;143;0\r\n"
            + "350122T;Ecole B;Ecole;Public;35016;Baulon;035;12;0\r\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(DirectoryIssueKind.InvalidUai, issue.Kind);
        Assert.Equal(3, issue.Line);
        Assert.Equal("0350122T", issue.Suggestion);
        Assert.Equal("035", Assert.Single(result.Establishments).Departement);
    }

    [Fact]
    public void UnflaggedDuplicate_ReportedFirstKept()
    {
        var result = Import(Header
            + "0350122T;Ecole A;Ecole;Public;35016;Baulon;035;143;0\r\n"
            + "0350122T;Ecole A bis;Ecole;Public;35016;Baulon;035;143;0\r\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(DirectoryIssueKind.DuplicateUai, issue.Kind);
        Assert.Equal("the code is already on line 2; this row is not used", issue.Reason);
        Assert.Equal("Ecole A", Assert.Single(result.Establishments).Name);
    }

    [Fact]
    public void UnreadablePupils_ReportedLeftEmpty()
    {
        var result = Import(Header + "0350122T;Ecole A;Ecole;Public;35016;Baulon;035;cent;0\r\n");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(DirectoryIssueKind.InvalidValue, issue.Kind);
        Assert.Equal("Nombre_d_eleves", issue.Column);
        Assert.Null(Assert.Single(result.Establishments).Pupils);
    }

    [Fact]
    public void MissingEnrolmentFile_MarkedNotFound()
    {
        var result = Import(Header + "0350122T;Ecole A;Ecole;Public;35016;Baulon;035;143;0\r\n");

        Assert.Equal(4, result.Files.Count);
        Assert.All(result.Files.Skip(1), file => Assert.False(file.Found));
        Assert.Equal(143, Assert.Single(result.Establishments).Pupils);
    }

    [Fact]
    public void RenamedColumns_MappedFromOptions()
    {
        File.WriteAllText(Path.Combine(_folder, "annuaire.csv"),
            "UAI;Nom;Type\r\n0350122T;Ecole A;Ecole\r\n0350002M;Collège B;COLLEGE\r\n");
        File.WriteAllText(Path.Combine(_folder, "effectifs.csv"),
            "Rentree;UAI;Eleves\r\n2023;0350002M;700\r\n2024;0350002M;712\r\n2024;0350002m;999\r\n");
        var options = new DirectoryImportOptions
        {
            Folder = _folder,
            DirectoryFile = "annuaire.csv",
            Columns = new DirectoryColumns { Uai = "UAI", Name = "Nom", Type = "Type" },
            SecondDegreeEnrolment = new EnrolmentFileOptions
            {
                File = "effectifs.csv", UaiColumn = "uai", PupilsColumn = "Élèves", YearColumn = "Rentrée",
            },
        };

        var result = new DirectoryImporter().Import(options);

        var college = Assert.Single(result.Establishments, item => item.Kind == EstablishmentKind.College);
        Assert.Equal(712, college.Pupils);
        Assert.Equal("035", college.Departement);
    }

    [Fact]
    public void MissingColumn_FailsNamingSetting()
    {
        File.WriteAllText(Path.Combine(_folder, "fr-en-annuaire-education.csv"), "UAI;Nom\r\n0350122T;A\r\n");

        var error = Assert.Throws<InvalidDataException>(() =>
            new DirectoryImporter().Import(new DirectoryImportOptions { Folder = _folder }));

        Assert.Contains("fr-en-annuaire-education.csv has no column 'Identifiant_de_l_etablissement'", error.Message,
            StringComparison.Ordinal);
        Assert.Contains("set LocalInsights:Establishments:Columns:Uai", error.Message, StringComparison.Ordinal);
        Assert.Contains("Columns found: 'UAI', 'Nom'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDirectoryFile_FailsNamingSetting()
    {
        var error = Assert.Throws<FileNotFoundException>(() =>
            new DirectoryImporter().Import(new DirectoryImportOptions { Folder = _folder }));

        Assert.Contains(Path.Combine(_folder, "fr-en-annuaire-education.csv"), error.Message, StringComparison.Ordinal);
        Assert.Contains("LocalInsights:Establishments:DirectoryFile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidOptions_AllNamedTogether()
    {
        var options = new DirectoryImportOptions
        {
            Folder = _folder,
            DirectoryFile = " ",
            Encoding = "ebcdic",
            Columns = new DirectoryColumns { Uai = string.Empty },
            CollegeEnrolment = new EnrolmentFileOptions { File = "colleges.csv" },
        };

        var error = Assert.Throws<OptionsValidationException>(() => new DirectoryImporter().Import(options));

        Assert.Contains("LocalInsights:Establishments:DirectoryFile: DirectoryFile is required.", error.Failures);
        Assert.Contains(error.Failures, failure => failure.StartsWith(
            "LocalInsights:Establishments:Encoding: Encoding 'ebcdic' is not supported", StringComparison.Ordinal));
        Assert.Contains(error.Failures, failure => failure.StartsWith(
            "LocalInsights:Establishments:Columns:Uai:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, failure => failure.StartsWith(
            "LocalInsights:Establishments:CollegeEnrolment:UaiColumn: The column name is empty",
            StringComparison.Ordinal));
    }

    private DirectoryImportResult Import(string directory)
    {
        File.WriteAllText(Path.Combine(_folder, "fr-en-annuaire-education.csv"), directory);
        return new DirectoryImporter().Import(new DirectoryImportOptions { Folder = _folder });
    }
}

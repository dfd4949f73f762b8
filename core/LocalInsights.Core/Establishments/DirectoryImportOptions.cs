using System.ComponentModel.DataAnnotations;
using LocalInsights.Core.Text;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// Where the official establishment directory and enrolment files are, and how their columns are named.
/// Section <c>LocalInsights:Establishments</c>. Every default is the Ministry of Education's own file and column
/// name on data.education.gouv.fr.
/// </summary>
public sealed class DirectoryImportOptions : IValidatableObject
{
    public const string SectionName = "LocalInsights:Establishments";

    /// <summary>Folder that relative file paths start from. Default <c>.</c>, the working directory.</summary>
    public string Folder { get; set; } = ".";

    /// <summary>The directory file, required. Default <c>fr-en-annuaire-education.csv</c>.</summary>
    public string DirectoryFile { get; set; } = "fr-en-annuaire-education.csv";

    /// <summary>
    /// Text encoding of every file: <c>auto</c> (default), <c>utf-8</c>, <c>windows-1252</c>, <c>iso-8859-1</c>.
    /// </summary>
    public string Encoding { get; set; } = "auto";

    public DirectoryColumns Columns { get; set; } = new();

    /// <summary>
    /// Enrolment of collèges and lycées per school year. Default <c>fr-en-effectifs-second-degre.csv</c>.
    /// </summary>
    public EnrolmentFileOptions SecondDegreeEnrolment { get; set; } = EnrolmentFileOptions.SecondDegree();

    /// <summary>
    /// Enrolment of collèges per school year. Default <c>fr-en-college-effectifs-niveau-sexe-lv.csv</c>.
    /// </summary>
    public EnrolmentFileOptions CollegeEnrolment { get; set; } = EnrolmentFileOptions.College();

    /// <summary>Enrolment of écoles per school year. Default <c>fr-en-ecoles-effectifs-nb_classes.csv</c>.</summary>
    public EnrolmentFileOptions SchoolEnrolment { get; set; } = EnrolmentFileOptions.School();

    /// <summary>The enrolment files in the order they win a tie between figures of the same school year.</summary>
    internal IEnumerable<(string Key, EnrolmentFileOptions File)> EnrolmentFiles =>
    [
        (nameof(SecondDegreeEnrolment), SecondDegreeEnrolment),
        (nameof(CollegeEnrolment), CollegeEnrolment),
        (nameof(SchoolEnrolment), SchoolEnrolment),
    ];

    /// <summary>
    /// Checks every setting, nested ones included. The checks live here rather than in attributes on the
    /// properties, because DataAnnotations skips this method once an attribute fails and every problem should be
    /// reported at once.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (key, value) in new[] { (nameof(Folder), Folder), (nameof(DirectoryFile), DirectoryFile) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new ValidationResult($"{key} is required.", [key]);
            }
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Columns, new ValidationContext(Columns), results, validateAllProperties: true);
        foreach (var result in results)
        {
            yield return new ValidationResult(result.ErrorMessage,
                result.MemberNames.Select(member => $"{nameof(Columns)}:{member}"));
        }

        foreach (var (key, file) in EnrolmentFiles)
        {
            if (string.IsNullOrWhiteSpace(file.File))
            {
                continue;
            }

            foreach (var (column, value) in new[]
                     {
                         (nameof(file.UaiColumn), file.UaiColumn), (nameof(file.PupilsColumn), file.PupilsColumn),
                         (nameof(file.YearColumn), file.YearColumn),
                     })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    yield return new ValidationResult(
                        $"The column name is empty: set it, or clear {key}:File to skip the file.",
                        [$"{key}:{column}"]);
                }
            }
        }

        if (!IsKnownEncoding(Encoding))
        {
            yield return new ValidationResult(
                $"Encoding '{Encoding}' is not supported: use auto, utf-8, windows-1252 or iso-8859-1.",
                [nameof(Encoding)]);
        }
    }

    private static bool IsKnownEncoding(string? name)
    {
        try
        {
            TextEncodingDetector.FromName(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

using LocalInsights.Core.Model;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// One official enrolment file: where it is and which columns hold the UAI, the pupil count and the school year.
/// </summary>
public sealed class EnrolmentFileOptions
{
    /// <summary>
    /// Path of the file, relative to <see cref="DirectoryImportOptions.Folder"/>. Empty to skip the file. A file
    /// that is set but not found is skipped with a warning and marked as not found in the import result.
    /// </summary>
    public string? File { get; set; }

    /// <summary>Column of the establishment's UAI code.</summary>
    public string UaiColumn { get; set; } = string.Empty;

    /// <summary>
    /// Column of the pupil count. A header that continues with an explanation in brackets, such as
    /// <c>Nombre d'élèves total (nombre d'élèves dans ...)</c>, matches its first words.
    /// </summary>
    public string PupilsColumn { get; set; } = string.Empty;

    /// <summary>Column of the school year: <c>2019-2020</c> or the start year alone, <c>2021</c>.</summary>
    public string YearColumn { get; set; } = string.Empty;

    /// <summary>
    /// Kinds of establishment whose whole enrolment the file gives, or empty for every kind. Rows of other kinds are
    /// not used: the collège file counts only the collège section of a lycée. Entries set in configuration are
    /// added to the defaults.
    /// </summary>
    public List<EstablishmentKind> Kinds { get; set; } = [];

    /// <summary>
    /// Defaults for <c>fr-en-effectifs-second-degre.csv</c> (collèges and lycées, whole establishment).
    /// </summary>
    public static EnrolmentFileOptions SecondDegree() => new()
    {
        File = "fr-en-effectifs-second-degre.csv",
        UaiColumn = "Numero_d_etablissement",
        PupilsColumn = "Nombre_d_eleves",
        YearColumn = "Annee_scolaire",
    };

    /// <summary>Defaults for <c>fr-en-college-effectifs-niveau-sexe-lv.csv</c> (collèges, first cycle only).</summary>
    public static EnrolmentFileOptions College() => new()
    {
        File = "fr-en-college-effectifs-niveau-sexe-lv.csv",
        UaiColumn = "Numéro du collège",
        PupilsColumn = "Nombre d'élèves total",
        YearColumn = "Rentrée scolaire",
        Kinds = [EstablishmentKind.College],
    };

    /// <summary>Defaults for <c>fr-en-ecoles-effectifs-nb_classes.csv</c> (écoles).</summary>
    public static EnrolmentFileOptions School() => new()
    {
        File = "fr-en-ecoles-effectifs-nb_classes.csv",
        UaiColumn = "Numéro de l'école",
        PupilsColumn = "Nombre total d'élèves",
        YearColumn = "Rentrée scolaire",
        Kinds = [EstablishmentKind.Ecole],
    };
}

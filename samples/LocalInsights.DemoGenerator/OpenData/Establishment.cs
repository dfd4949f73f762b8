namespace LocalInsights.DemoGenerator.OpenData;

internal enum EstablishmentKind
{
    Ecole,
    College,
    Lycee,
}

/// <summary>
/// An establishment of the official directory with the latest enrolment the open data gives for it.
/// </summary>
/// <param name="Enrolment">Pupils from the enrolment files, or null when no enrolment file lists the code.</param>
/// <param name="DirectoryPupils">The directory's own pupil count (column Nombre_d_eleves), often blank.</param>
/// <param name="ElementaryPupils">Écoles only: pupils from CP to CM2, ULIS included.</param>
/// <param name="Classes">Écoles only: number of classes.</param>
/// <param name="EnrolmentName">The upper-case name the enrolment files use, as an ENT would show it.</param>
internal sealed record Establishment(
    string Uai,
    string Name,
    EstablishmentKind Kind,
    bool IsPublic,
    string Commune,
    int? Enrolment,
    int? DirectoryPupils,
    int? ElementaryPupils,
    int? Classes,
    string EnrolmentName)
{
    /// <summary>Pupils to size the demo data on: enrolment, else the directory's count, else a typical size.</summary>
    public int SizingPupils => Enrolment ?? DirectoryPupils ?? (Kind == EstablishmentKind.Lycee ? 600 : 450);
}

/// <summary>
/// A code of the second-degree enrolment file that fails the UAI check rule, with the name, type and pupils that
/// file gives for it.
/// </summary>
internal sealed record InvalidEnrolmentCode(string Code, string Name, string TypeLabel, int Pupils);

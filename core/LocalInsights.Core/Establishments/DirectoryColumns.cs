using System.ComponentModel.DataAnnotations;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// Column names of the official establishment directory (<c>fr-en-annuaire-education.csv</c>). Each default is
/// the name the Ministry of Education publishes. Override one only for a file whose header differs.
/// </summary>
public sealed class DirectoryColumns
{
    /// <summary>UAI code of the establishment. Required. Default <c>Identifiant_de_l_etablissement</c>.</summary>
    [Required]
    public string Uai { get; set; } = "Identifiant_de_l_etablissement";

    /// <summary>Name of the establishment. Required. Default <c>Nom_etablissement</c>.</summary>
    [Required]
    public string Name { get; set; } = "Nom_etablissement";

    /// <summary>Type (Ecole, Collège, Lycée, ...), which gives the kind. Default <c>Type_etablissement</c>.</summary>
    [Required]
    public string Type { get; set; } = "Type_etablissement";

    /// <summary>Nature label, used for the kind when the type is blank. Default <c>libelle_nature</c>.</summary>
    public string? Nature { get; set; } = "libelle_nature";

    /// <summary>Public or private status (<c>Public</c>, <c>Privé</c>). Default <c>Statut_public_prive</c>.</summary>
    public string? Status { get; set; } = "Statut_public_prive";

    /// <summary>INSEE code of the commune. Default <c>Code_commune</c>.</summary>
    public string? CommuneCode { get; set; } = "Code_commune";

    /// <summary>Name of the commune. Default <c>Nom_commune</c>.</summary>
    public string? CommuneName { get; set; } = "Nom_commune";

    /// <summary>
    /// Département code. When the column is absent or blank, the first three digits of the UAI are used.
    /// </summary>
    /// <value>Default <c>Code_departement</c>.</value>
    public string? Departement { get; set; } = "Code_departement";

    /// <summary>Pupils enrolled, used when no enrolment file gives a figure. Default <c>Nombre_d_eleves</c>.</summary>
    public string? Pupils { get; set; } = "Nombre_d_eleves";

    /// <summary>
    /// Flag (<c>1</c>) of an establishment listed on several rows, one per site. Default
    /// <c>etablissement_multi_lignes</c>.
    /// </summary>
    public string? MultiLine { get; set; } = "etablissement_multi_lignes";
}

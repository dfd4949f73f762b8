namespace LocalInsights.Core.Model;

/// <summary>An establishment of the official directory, with the authority that equips it.</summary>
public sealed record Establishment(
    Uai Uai,
    string Name,
    EstablishmentKind Kind,
    bool IsPublic,
    string CommuneCode,
    string CommuneName,
    string Departement,
    Funder Funder,
    int? Pupils);

/// <summary>Kind of establishment, which decides which authority equips it.</summary>
public enum EstablishmentKind
{
    Other,
    Ecole,
    College,
    Lycee,
}

/// <summary>The local authority that pays for an establishment's equipment.</summary>
public enum Funder
{
    Unknown,
    Commune,
    Departement,
    Region,
}

using LocalInsights.DemoGenerator.OpenData;

namespace LocalInsights.DemoGenerator;

/// <summary>
/// The funding programmes of the demo register and the share of a line each one pays (column Part financée).
/// </summary>
internal static class Programmes
{
    public const string RegionLycees = "Plan lycées numériques Bretagne";
    public const string DepartementColleges = "Collèges connectés 35";
    public const string SocleNumerique = "Socle numérique des écoles élémentaires (2021)";
    public const string ReactEu = "FEDER REACT-EU";
    public const string CommuneBudget = "Équipement numérique des écoles (budget communal)";

    /// <summary>
    /// Returns the programme of a lycée or collège purchase. REACT-EU, the European recovery fund of 2021-2023,
    /// pays part of the lycée deliveries of 2022 and 2023.
    /// </summary>
    public static string ForSecondary(Establishment establishment, int year, SeededRandom random)
    {
        if (establishment.Kind == EstablishmentKind.College)
        {
            return DepartementColleges;
        }

        return year <= 2023 && random.Chance(0.35) ? ReactEu : RegionLycees;
    }

    /// <summary>
    /// Returns the share of the amount the programme's funder pays. Under the 2021 socle numérique call the State
    /// paid 50 % or 70 % depending on the kind of expense (as announced in February 2021). The demo applies 70 %
    /// to equipment and 50 % to the rest, and 100 % for the other programmes, which are invented.
    /// </summary>
    public static decimal FundingShare(string programme, bool isEquipment) => programme switch
    {
        SocleNumerique => isEquipment ? 0.70m : 0.50m,
        _ => 1.00m,
    };
}

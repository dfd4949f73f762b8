using System.Text.RegularExpressions;

namespace LocalInsights.Connectors.Graph.Reports;

/// <summary>
/// Recognises the user names a tenant conceals in its usage reports: 32 hexadecimal characters, or a
/// <c>&lt;PII:…&gt;</c> form. Since September 2021 tenants conceal names by default.
/// </summary>
internal static partial class ConcealedNames
{
    public const string AdministratorAdvice = "To attribute activity to establishments, a Global Administrator turns "
        + "off 'Display concealed user, group, and site names in all reports' in the Microsoft 365 admin center, "
        + "under Settings > Org settings > Services > Reports; the next pull then sees the names.";

    public static bool IsConcealed(string userPrincipalName) =>
        userPrincipalName.StartsWith("<PII:", StringComparison.OrdinalIgnoreCase)
        || HexToken().IsMatch(userPrincipalName);

    [GeneratedRegex("^[0-9A-Fa-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexToken();
}

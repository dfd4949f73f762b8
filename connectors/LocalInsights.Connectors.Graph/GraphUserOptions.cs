namespace LocalInsights.Connectors.Graph;

/// <summary>
/// How users are placed in an establishment and a role, from attributes of their Entra ID account. Used for
/// licences per establishment and for usage per establishment.
/// </summary>
public sealed class GraphUserOptions
{
    /// <summary>
    /// User property that contains the establishment, such as <c>department</c>, <c>officeLocation</c> or
    /// <c>companyName</c>; empty (default) attributes no user to an establishment.
    /// </summary>
    public string? EstablishmentAttribute { get; set; }

    /// <summary>
    /// Regular expression with a named group <c>uai</c> applied to the attribute; empty (default) takes the whole
    /// value as the UAI code. The code is checked, never corrected.
    /// </summary>
    public string? EstablishmentPattern { get; set; }

    /// <summary>
    /// User property that contains the role, such as <c>jobTitle</c>; empty (default) leaves roles unknown.
    /// </summary>
    public string? RoleAttribute { get; set; }

    /// <summary>
    /// Values of <see cref="RoleAttribute"/> and the role each means (<c>Student</c>, <c>Teacher</c>, <c>Staff</c>,
    /// <c>Parent</c>, <c>Guest</c>), compared case-insensitively. Other values give <c>Unknown</c>.
    /// </summary>
    public Dictionary<string, string> Roles { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}

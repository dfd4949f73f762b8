namespace LocalInsights.Connectors.Ent.ConnectionLog;

/// <summary>Header names of a per-user connection log. Defaults are the lower-case French names.</summary>
public sealed class EntConnectionLogColumnOptions
{
    public string Date { get; set; } = "date";
    public string Uai { get; set; } = "uai";
    public string Profile { get; set; } = "profil";

    /// <summary>The person's login or e-mail address, replaced by a keyed pseudonym as soon as it is read.</summary>
    public string Identifier { get; set; } = "identifiant";

    /// <summary>Service used, optional.</summary>
    public string Service { get; set; } = "service";

    /// <summary>Connections of the person that day. When the file has no such column, each row counts as one.</summary>
    public string Connections { get; set; } = "connexions";
}

namespace LocalInsights.Connectors.Graph;

/// <summary>Settings of the licence read: <c>/subscribedSkus</c> and the users' assigned licences.</summary>
public sealed class GraphLicenceOptions
{
    /// <summary>Whether licences are read. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Whether the SKUs assigned to each user are counted per establishment (default true). It needs
    /// <see cref="GraphUserOptions.EstablishmentAttribute"/>.
    /// </summary>
    public bool PerEstablishment { get; set; } = true;
}

namespace LocalInsights.Connectors.Ent.OpenEnt;

/// <summary>The three statistics exports of Open ENT NG, which differ by their header.</summary>
internal enum OpenEntExportKind
{
    /// <summary>Connections, unique visitors, provisioned and activated accounts per profile.</summary>
    Accounts,

    /// <summary>Accesses per application (or connector) and profile.</summary>
    Access,

    /// <summary>Connections per device type (desktop, mobile app, tablet, smartphone) and profile.</summary>
    DeviceType,
}

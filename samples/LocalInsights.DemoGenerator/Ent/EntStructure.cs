namespace LocalInsights.DemoGenerator.Ent;

/// <summary>An establishment as the Open ENT NG platform stores it: its name, its UAI as loaded, its pupils.</summary>
internal sealed record EntStructure(string Name, string Uai, int Pupils, bool IsCollege);

/// <summary>The month's figures of one profile of one establishment, as the accounts export reports them.</summary>
internal sealed record ProfileFigures(
    string Profile,
    long Connections,
    int UniqueVisitors,
    int ProvisionedAccounts,
    int ActivatedAccounts);

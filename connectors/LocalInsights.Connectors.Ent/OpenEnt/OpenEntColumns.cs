using LocalInsights.Core.Connectors;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Ent.OpenEnt;

/// <summary>Positions of the columns of one statistics export, or -1 for a column its kind does not have.</summary>
internal sealed record OpenEntColumns
{
    public required int Uai { get; init; }
    public required int Date { get; init; }
    public required int Profile { get; init; }

    /// <summary>Number of columns of the header, which every row must have.</summary>
    public required int HeaderCount { get; init; }

    public int Connections { get; init; } = -1;
    public int UniqueVisitors { get; init; } = -1;
    public int ProvisionedAccounts { get; init; } = -1;
    public int ActivatedAccounts { get; init; } = -1;
    public int Application { get; init; } = -1;
    public int Connector { get; init; } = -1;
    public int Accesses { get; init; } = -1;

    /// <summary>Finds the columns of an export of <paramref name="kind"/>, or throws when one is missing.</summary>
    public static OpenEntColumns Resolve(PullContext context, DelimitedFile file, OpenEntExportKind kind, string key)
    {
        var columns = new OpenEntColumns
        {
            Uai = EntColumns.Require(context, file, OpenEntHeaders.Uai, key),
            Date = EntColumns.Require(context, file, OpenEntHeaders.Date, key),
            Profile = EntColumns.Require(context, file, OpenEntHeaders.Profile, key),
            HeaderCount = file.Header.Count,
        };
        return kind switch
        {
            OpenEntExportKind.Accounts => columns with
            {
                Connections = EntColumns.Require(context, file, OpenEntHeaders.Connections, key),
                UniqueVisitors = file.IndexOf(OpenEntHeaders.UniqueVisitors),
                ProvisionedAccounts = file.IndexOf(OpenEntHeaders.ProvisionedAccounts),
                ActivatedAccounts = file.IndexOf(OpenEntHeaders.ActivatedAccounts),
            },
            OpenEntExportKind.Access => columns with
            {
                Application = file.IndexOf(OpenEntHeaders.Application),
                Connector = file.IndexOf(OpenEntHeaders.Connector),
                Accesses = EntColumns.Require(context, file, OpenEntHeaders.Accesses, key),
            },
            _ => columns,
        };
    }
}

using LocalInsights.Core.Connectors;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Ent.ConnectionLog;

/// <summary>Positions of the columns of one connection log, or -1 for an optional column the file lacks.</summary>
internal sealed record ConnectionLogColumns(
    int Date, int Uai, int Profile, int Identifier, int Service, int Connections, int HeaderCount)
{
    /// <summary>Finds the columns, or throws naming the <c>Columns</c> key when a required one is missing.</summary>
    public static ConnectionLogColumns Resolve(
        PullContext context, DelimitedFile file, EntConnectionLogColumnOptions names)
    {
        var connections = file.IndexOf(names.Connections);
        if (connections < 0)
        {
            EntLog.ConnectionsColumnMissing(context.Logger, file.Path, names.Connections);
        }

        return new ConnectionLogColumns(
            EntColumns.Require(context, file, names.Date, "Columns:Date"),
            EntColumns.Require(context, file, names.Uai, "Columns:Uai"),
            EntColumns.Require(context, file, names.Profile, "Columns:Profile"),
            EntColumns.Require(context, file, names.Identifier, "Columns:Identifier"),
            file.IndexOf(names.Service),
            connections,
            file.Header.Count);
    }
}

using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Ent.ConnectionLog;

/// <summary>What one log row gave: a record, nothing (rejected), or nothing because of its date.</summary>
internal readonly record struct ConnectionLogRowResult(ActivityRow? Activity, bool OutsideWindow)
{
    public static ConnectionLogRowResult Rejected => new(null, false);

    public static ConnectionLogRowResult Outside => new(null, true);
}

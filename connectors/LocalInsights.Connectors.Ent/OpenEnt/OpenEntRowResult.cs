using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Ent.OpenEnt;

/// <summary>What one statistics row gave: a record, nothing (rejected), or nothing because of its date.</summary>
internal readonly record struct OpenEntRowResult(PlatformStatistic? Statistic, bool OutsideWindow)
{
    public static OpenEntRowResult Rejected => new(null, false);

    public static OpenEntRowResult Outside => new(null, true);
}

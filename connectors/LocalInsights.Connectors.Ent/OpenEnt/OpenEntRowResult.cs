using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Ent.OpenEnt;

/// <summary>
/// What one statistics row gave: a record, or nothing. A row gives nothing when it is rejected, dated outside the
/// window, or part of a device-type export, which is never stored.
/// </summary>
internal readonly record struct OpenEntRowResult(PlatformStatistic? Statistic, bool OutsideWindow)
{
    public static OpenEntRowResult Rejected => new(null, false);

    public static OpenEntRowResult NotStored => new(null, false);

    public static OpenEntRowResult Outside => new(null, true);
}

using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Ent.ConnectionLog;

/// <summary>What one log row gave: a record, nothing (rejected), or nothing because of its date.</summary>
internal readonly record struct ConnectionLogRowResult(PendingActivity? Activity, bool OutsideWindow)
{
    public static ConnectionLogRowResult Rejected => new(null, false);

    public static ConnectionLogRowResult Outside => new(null, true);
}

/// <summary>
/// A usable log row with its identifier as read, for an <see cref="Core.Connectors.ActivityRowWriter"/>.
/// </summary>
internal sealed record PendingActivity(
    DateOnly Day, string Uai, PlatformRole Role, string Identifier, string? Service, int Connections);

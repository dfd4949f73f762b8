namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>
/// Permission from <see cref="PushRequestPacer"/> to send one POST rows request of <paramref name="Rows"/> rows.
/// </summary>
internal sealed record PacerLease(string Table, int Rows);

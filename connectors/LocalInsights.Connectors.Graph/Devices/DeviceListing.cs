namespace LocalInsights.Connectors.Graph.Devices;

/// <summary>
/// What the pages of one device listing held: the advertised count, the records received, those of them rejected,
/// and the pages.
/// </summary>
internal sealed record DeviceListing(long? Advertised, long Received, long Rejected, int Pages);

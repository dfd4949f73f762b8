using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Ent.OpenEnt;

/// <summary>
/// Reads the statistics exports of an ENT built on Open ENT NG (UTF-8 with a byte order mark, <c>;</c>, every
/// field quoted, French headers) and writes one <see cref="PlatformStatistic"/> per establishment, period start,
/// profile and, for the application accesses export, application.
/// </summary>
/// <remarks>
/// Figures are stored as the export gives them. Unique visitors are the source's own distinct count for that
/// period and establishment and are never summed. Rows whose period starts outside the pull window are skipped.
/// The exports hold no per-person data, so raw copies are kept.
/// </remarks>
public sealed class OpenEntStatisticsConnector : IConnector
{
    public const string ConnectorType = "open-ent-ng-statistics";

    public ConnectorDescriptor Descriptor { get; } = new(
        ConnectorType,
        "Open ENT NG statistics exports",
        [typeof(PlatformStatistic), typeof(QualityObservation)],
        typeof(OpenEntStatisticsOptions),
        new ProcessingDeclaration(
            Purpose: "Show how much the digital workspace (ENT) is used per establishment, period and profile, "
                + "from the aggregated figures the platform exports.",
            DataCategories:
            [
                "connections, unique visitors, provisioned and activated accounts per establishment, period and "
                    + "profile",
                "accesses per application, establishment, period and profile",
            ],
            DataSubjects: ["pupils", "teachers", "staff", "parents"],
            Retention: "Aggregates are kept for years. Raw copies of the exports, which hold aggregated figures "
                + "only, are kept for days."));

    public async Task PullAsync(PullContext context, CancellationToken cancellationToken)
    {
        var options = context.GetOptions<OpenEntStatisticsOptions>();
        var reader = new OpenEntFileReader(context, options, new EntProfileMap(options.Profiles));
        for (var index = 0; index < options.Files.Count; index++)
        {
            var key = $"Files:{index}";
            var path = ConnectorFiles.Resolve(context, options.Files[index], key);
            await StoreRawCopyAsync(context, path, index, cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(path, key, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task StoreRawCopyAsync(
        PullContext context, string path, int index, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            // The index keeps apart files of the same name from different folders.
            var name = $"{index:00}-{Path.GetFileName(path)}";
            await context.StoreRawAsync(name, stream, cancellationToken).ConfigureAwait(false);
        }
    }
}

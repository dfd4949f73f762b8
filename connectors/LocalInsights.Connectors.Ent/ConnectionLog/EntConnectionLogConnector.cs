using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Ent.ConnectionLog;

/// <summary>
/// Reads per-user daily connection logs that ENT vendors other than Open ENT NG deliver (columns
/// <c>date;uai;profil;identifiant;service;connexions</c> by default) and writes one
/// <see cref="PlatformActivity"/> per row.
/// </summary>
/// <remarks>
/// Each identifier is replaced by a keyed pseudonym before its record is written. The identifier itself is never
/// stored, logged or put in a reject, and for the same reason no raw copy of the log files is kept. Rows dated
/// outside the pull window are skipped and counted.
/// </remarks>
public sealed class EntConnectionLogConnector : IConnector
{
    public const string ConnectorType = "ent-connection-log";

    public ConnectorDescriptor Descriptor { get; } = new(
        ConnectorType,
        "ENT per-user connection log",
        [typeof(PlatformActivity), typeof(QualityObservation)],
        typeof(EntConnectionLogOptions),
        new ProcessingDeclaration(
            Purpose: "Count the distinct people who use the digital workspace (ENT) per establishment, month and "
                + "profile, where the vendor delivers per-user logs.",
            DataCategories:
            [
                "keyed pseudonym of the user's login or e-mail address (HMAC-SHA-256)",
                "establishment, profile, day, service and number of connections",
            ],
            DataSubjects: ["pupils", "teachers", "staff", "parents"],
            Retention: "Per-person records are kept about a year, aggregates for years. Raw copies of per-user "
                + "log files are not kept, because they hold the users' identifiers."));

    public async Task PullAsync(PullContext context, CancellationToken cancellationToken)
    {
        var options = context.GetOptions<EntConnectionLogOptions>();
        var profiles = new EntProfileMap(options.Profiles);
        var dates = new DateParser(
            options.DateFormats.Count > 0 ? options.DateFormats : EntConnectionLogOptions.DefaultDateFormats);
        await using var activities = await context.OpenActivityWriterAsync(cancellationToken).ConfigureAwait(false);
        for (var index = 0; index < options.Files.Count; index++)
        {
            var key = $"Files:{index}";
            var path = ConnectorFiles.Resolve(context, options.Files[index], key);
            var checker = new EntRowChecker(context, path, dates, profiles, perUser: true);
            await ReadFileAsync(context, options, path, key, checker, dates, profiles, activities, cancellationToken)
                .ConfigureAwait(false);
            await checker.ObserveUnknownProfilesAsync(cancellationToken).ConfigureAwait(false);
        }

        await activities.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ReadFileAsync(PullContext context, EntConnectionLogOptions options, string path,
        string key, EntRowChecker checker, DateParser dates, EntProfileMap profiles, ActivityRowWriter activities,
        CancellationToken cancellationToken)
    {
        // No field of a connection log spans lines: a stray quote costs its own row, not the rows up to the next
        // quote.
        using var file = ConnectorFiles.OpenDelimited(context, path, key, options.Encoding, options.Separator,
            singleLineRecords: true);
        var columns = ConnectionLogColumns.Resolve(context, file, options.Columns);
        var rows = new ConnectionLogRowReader(context, options, columns, checker, dates, profiles);
        long read = 0;
        long outside = 0;
        while (file.ReadRecord())
        {
            cancellationToken.ThrowIfCancellationRequested();
            read++;
            context.RowsRead++;
            if (rows.TryRead(file, activities, out var outsideWindow, out var handOver))
            {
                outside += outsideWindow ? 1 : 0;
                if (handOver)
                {
                    await activities.HandOverAsync(cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            var result = await rows.ReadAsync(file.ToRow(), cancellationToken).ConfigureAwait(false);
            outside += result.OutsideWindow ? 1 : 0;
            if (result.Activity is { } activity && activities.Add(activity.Day, options.Platform, activity.Uai,
                    activity.Role, activity.Identifier, activity.Service, activity.Connections))
            {
                await activities.HandOverAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        EntLog.FileRead(context.Logger, read, path);
        if (outside > 0)
        {
            EntLog.RowsOutsideWindow(context.Logger, outside, path, context.Window);
        }
    }
}

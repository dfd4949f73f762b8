using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Ent.OpenEnt;

/// <summary>
/// Turns one row of an accounts or access export into a <see cref="PlatformStatistic"/>, and checks a row of a
/// device-type export, which is not stored.
/// </summary>
internal sealed class OpenEntRowReader(
    PullContext context, OpenEntStatisticsOptions options, OpenEntColumns columns, EntRowChecker checker)
{
    public async ValueTask<OpenEntRowResult> ReadAsync(
        DelimitedRow row, OpenEntExportKind kind, CancellationToken cancellationToken)
    {
        var periodStart = await ReadPeriodStartAsync(row, cancellationToken).ConfigureAwait(false);
        if (periodStart is not { } start)
        {
            return OpenEntRowResult.Rejected;
        }

        if (!context.Window.Contains(start))
        {
            return OpenEntRowResult.Outside;
        }

        if (kind == OpenEntExportKind.DeviceType)
        {
            // Nothing of the row is stored, but an invalid UAI in it is rejected and observed like any other.
            await checker.ReadUaiAsync(row, columns.Uai, OpenEntHeaders.Uai, cancellationToken).ConfigureAwait(false);
            return OpenEntRowResult.NotStored;
        }

        var statistic = await ReadKeyAsync(row, start, cancellationToken).ConfigureAwait(false);
        if (statistic is null)
        {
            return OpenEntRowResult.Rejected;
        }

        statistic = kind == OpenEntExportKind.Accounts
            ? await ReadAccountsAsync(row, statistic, cancellationToken).ConfigureAwait(false)
            : await ReadAccessAsync(row, statistic, cancellationToken).ConfigureAwait(false);
        return new OpenEntRowResult(statistic, false);
    }

    /// <summary>
    /// Reads the day the row's period starts, or rejects the row and returns null when it is incomplete or the date
    /// is invalid. The date comes first so that rows of other months are skipped before anything is rejected in
    /// them.
    /// </summary>
    private async ValueTask<DateOnly?> ReadPeriodStartAsync(DelimitedRow row, CancellationToken cancellationToken)
    {
        if (row.UnclosedQuote)
        {
            await checker.RejectAsync(row, null, null, "a quoted field is never closed, so the row is incomplete",
                cancellationToken).ConfigureAwait(false);
            return null;
        }

        // Values of a row with more or fewer fields than the header would be read from the wrong columns. One
        // trailing empty field, left by a separator at the end of the line, is allowed.
        var count = row.Fields.Count;
        if (count != columns.HeaderCount && !(count == columns.HeaderCount + 1 && row.Fields[^1].Length == 0))
        {
            await checker.RejectAsync(row, null, null,
                $"the row has {count} fields but the header has {columns.HeaderCount}", cancellationToken)
                .ConfigureAwait(false);
            return null;
        }

        return await checker.ReadDayAsync(row, columns.Date, OpenEntHeaders.Date, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Reads what identifies the figures, the establishment and the profile.</summary>
    private async ValueTask<PlatformStatistic?> ReadKeyAsync(
        DelimitedRow row, DateOnly periodStart, CancellationToken cancellationToken)
    {
        var uai = await checker.ReadUaiAsync(row, columns.Uai, OpenEntHeaders.Uai, cancellationToken)
            .ConfigureAwait(false);
        if (uai is null)
        {
            return null;
        }

        var role = await checker.ReadRoleAsync(row, columns.Profile, OpenEntHeaders.Profile, null, cancellationToken)
            .ConfigureAwait(false);
        return role is { } known
            ? new PlatformStatistic
            {
                Platform = options.Platform, Uai = uai, PeriodStart = periodStart, Period = options.Period,
                Role = known,
            }
            : null;
    }

    private async ValueTask<PlatformStatistic?> ReadAccountsAsync(
        DelimitedRow row, PlatformStatistic statistic, CancellationToken cancellationToken)
    {
        var connections = await ReadCountAsync(row, columns.Connections, OpenEntHeaders.Connections, long.MaxValue,
            cancellationToken).ConfigureAwait(false);
        var visitors = await ReadCountAsync(row, columns.UniqueVisitors, OpenEntHeaders.UniqueVisitors, int.MaxValue,
            cancellationToken).ConfigureAwait(false);
        var provisioned = await ReadCountAsync(row, columns.ProvisionedAccounts, OpenEntHeaders.ProvisionedAccounts,
            int.MaxValue, cancellationToken).ConfigureAwait(false);
        var activated = await ReadCountAsync(row, columns.ActivatedAccounts, OpenEntHeaders.ActivatedAccounts,
            int.MaxValue, cancellationToken).ConfigureAwait(false);
        if (!connections.IsValid || !visitors.IsValid || !provisioned.IsValid || !activated.IsValid)
        {
            return null;
        }

        // An empty cell stays null, because the export did not report the figure, which differs from zero.
        return statistic with
        {
            Connections = connections.Value,
            UniqueVisitors = (int?)visitors.Value,
            ProvisionedAccounts = (int?)provisioned.Value,
            ActivatedAccounts = (int?)activated.Value,
        };
    }

    private async ValueTask<PlatformStatistic?> ReadAccessAsync(
        DelimitedRow row, PlatformStatistic statistic, CancellationToken cancellationToken)
    {
        var service = row.Get(columns.Application) ?? row.Get(columns.Connector);
        if (service is null)
        {
            await checker.RejectAsync(row, OpenEntHeaders.Application, null, "the application name is empty",
                cancellationToken).ConfigureAwait(false);
            return null;
        }

        var accesses = await ReadCountAsync(row, columns.Accesses, OpenEntHeaders.Accesses, long.MaxValue,
            cancellationToken).ConfigureAwait(false);
        return accesses.IsValid ? statistic with { Service = service, Connections = accesses.Value } : null;
    }

    /// <summary>Reads a count, giving a valid null for a column the export does not have.</summary>
    private ValueTask<CountRead> ReadCountAsync(
        DelimitedRow row, int index, string column, long maximum, CancellationToken cancellationToken) =>
        index < 0
            ? ValueTask.FromResult(new CountRead(true, null))
            : checker.ReadCountAsync(row, index, column, maximum, cancellationToken);
}

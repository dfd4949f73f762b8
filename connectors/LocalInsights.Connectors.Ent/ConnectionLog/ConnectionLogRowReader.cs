using System.Globalization;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Ent.ConnectionLog;

/// <summary>
/// Turns one row of a per-user connection log into a <see cref="PlatformActivity"/>. No reject ever carries the
/// identifier: it goes only to the <see cref="ActivityRowWriter"/>, which pseudonymises it.
/// </summary>
/// <remarks>
/// Most rows go through <see cref="TryRead"/>, which reads the fields as spans and looks each value up in a cache of
/// the values already read: logs repeat a few days, establishments, profiles and services, and each person on many
/// rows. A row that would be rejected or observed goes through <see cref="ReadAsync"/>, which checks and reports.
/// </remarks>
internal sealed class ConnectionLogRowReader(
    PullContext context, EntConnectionLogOptions options, ConnectionLogColumns columns, EntRowChecker checker,
    DateParser dates, EntProfileMap profiles)
{
    private readonly TextCache<DateOnly> _days = new(4096);
    private readonly TextCache<PlatformRole> _roles = new(256);
    private readonly TextCache<string> _services = new(4096);

    /// <summary>
    /// Reads the record <paramref name="file"/> last read when all its fields are usable and adds it to
    /// <paramref name="activities"/>, or sets <paramref name="outsideWindow"/> when its day is outside the pull
    /// window. <paramref name="handOver"/> is true when the caller must await
    /// <see cref="ActivityRowWriter.HandOverAsync"/>. Returns false, having reported nothing, when the row needs
    /// <see cref="ReadAsync"/>.
    /// </summary>
    public bool TryRead(DelimitedFile file, ActivityRowWriter activities, out bool outsideWindow, out bool handOver)
    {
        outsideWindow = false;
        handOver = false;
        var identifier = file.Field(columns.Identifier);
        if (file.FieldCount != columns.HeaderCount || file.UnclosedQuote || identifier.IsEmpty
            || !TryReadDay(file.Field(columns.Date), out var day))
        {
            return false;
        }

        if (!context.Window.Contains(day))
        {
            outsideWindow = true;
            return true;
        }

        var serviceText = file.Field(columns.Service);
        if (!context.TryGetKnownUai(file.Field(columns.Uai), out var uai)
            || !TryReadRole(file.Field(columns.Profile), out var role)
            || !TryReadConnections(file, out var connections)
            || serviceText.Contains('@'))
        {
            return false;
        }

        handOver = activities.Add(day, options.Platform, uai, role, identifier, ReadService(serviceText),
            connections);
        return true;
    }

    public async ValueTask<ConnectionLogRowResult> ReadAsync(DelimitedRow row, CancellationToken cancellationToken)
    {
        if (!await CheckShapeAsync(row, cancellationToken).ConfigureAwait(false))
        {
            return ConnectionLogRowResult.Rejected;
        }

        var identifier = row.Get(columns.Identifier);
        if (identifier is null)
        {
            await checker.RejectAsync(row, options.Columns.Identifier, null, "the identifier is empty",
                cancellationToken).ConfigureAwait(false);
            return ConnectionLogRowResult.Rejected;
        }

        var day = await checker.ReadDayAsync(row, columns.Date, options.Columns.Date, cancellationToken)
            .ConfigureAwait(false);
        if (day is not { } known)
        {
            return ConnectionLogRowResult.Rejected;
        }

        if (!context.Window.Contains(known))
        {
            return ConnectionLogRowResult.Outside;
        }

        var activity = await ReadActivityAsync(row, known, identifier, cancellationToken).ConfigureAwait(false);
        return activity is null ? ConnectionLogRowResult.Rejected : new ConnectionLogRowResult(activity, false);
    }

    /// <summary>
    /// Rejects, without any value, a row whose fields do not line up with the header, because its identifier
    /// could sit in another column and must not reach the rejects. One trailing empty field is allowed.
    /// </summary>
    private async ValueTask<bool> CheckShapeAsync(DelimitedRow row, CancellationToken cancellationToken)
    {
        var count = row.Fields.Count;
        var aligned = count == columns.HeaderCount
            || (count == columns.HeaderCount + 1 && row.Fields[^1].Length == 0);
        if (aligned && !row.UnclosedQuote)
        {
            return true;
        }

        var reason = row.UnclosedQuote
            ? "a quoted field is never closed, so the row is incomplete"
            : $"the row has {count} fields but the header has {columns.HeaderCount}";
        await checker.RejectAsync(row, null, null, reason, cancellationToken).ConfigureAwait(false);
        return false;
    }

    private async ValueTask<PendingActivity?> ReadActivityAsync(
        DelimitedRow row, DateOnly day, string identifier, CancellationToken cancellationToken)
    {
        var uai = await checker.ReadUaiAsync(row, columns.Uai, options.Columns.Uai, cancellationToken)
            .ConfigureAwait(false);
        if (uai is null)
        {
            return null;
        }

        var role = await checker.ReadRoleAsync(
            row, columns.Profile, options.Columns.Profile, identifier, cancellationToken).ConfigureAwait(false);
        var connections = await ReadConnectionsAsync(row, cancellationToken).ConfigureAwait(false);
        if (role is not { } knownRole || connections is not { } count)
        {
            return null;
        }

        var service = row.Get(columns.Service);
        if (service is not null && service.Contains('@', StringComparison.Ordinal))
        {
            // An address is an identifier in the wrong column: the service is stored, so the row is not used.
            await checker.RejectAsync(row, options.Columns.Service, Redaction.MaskedEmail,
                "an e-mail address is not a service: the columns may be shifted", cancellationToken)
                .ConfigureAwait(false);
            return null;
        }

        return new PendingActivity(day, uai, knownRole, identifier, service, count);
    }

    private bool TryReadDay(ReadOnlySpan<char> text, out DateOnly day)
    {
        if (_days.TryGetValue(text, out day))
        {
            return true;
        }

        if (text.IsEmpty || !dates.TryParseDay(text.ToString(), out day))
        {
            return false;
        }

        _days.Set(text, day);
        return true;
    }

    private bool TryReadRole(ReadOnlySpan<char> text, out PlatformRole role)
    {
        if (_roles.TryGetValue(text, out role))
        {
            return true;
        }

        if (!profiles.TryResolve(text.ToString(), out role))
        {
            return false;
        }

        _roles.Set(text, role);
        return true;
    }

    private bool TryReadConnections(DelimitedFile file, out int connections)
    {
        if (columns.Connections < 0)
        {
            connections = 1;
            return true;
        }

        return int.TryParse(file.Field(columns.Connections), NumberStyles.None, CultureInfo.InvariantCulture,
            out connections);
    }

    private string? ReadService(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return null;
        }

        if (!_services.TryGetValue(text, out var service))
        {
            service = text.ToString();
            _services.Set(text, service);
        }

        return service;
    }

    private async ValueTask<int?> ReadConnectionsAsync(DelimitedRow row, CancellationToken cancellationToken)
    {
        if (columns.Connections < 0)
        {
            return 1;
        }

        var read = await checker.ReadCountAsync(
            row, columns.Connections, options.Columns.Connections, int.MaxValue, cancellationToken)
            .ConfigureAwait(false);
        if (read.IsValid && read.Value is null)
        {
            await checker.RejectAsync(row, options.Columns.Connections, null, "the connection count is empty",
                cancellationToken).ConfigureAwait(false);
        }

        return read.Value is { } value ? (int)value : null;
    }
}

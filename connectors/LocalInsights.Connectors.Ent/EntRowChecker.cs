using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Ent;

/// <summary>
/// Reads the typed fields of ENT export rows. Each method rejects the row with its file, line, field and value
/// when the field is unusable, and then returns null.
/// </summary>
internal sealed class EntRowChecker(PullContext context, string file, DateParser dates, EntProfileMap profiles)
{
    public ValueTask<string?> ReadUaiAsync(
        DelimitedRow row, int index, string column, CancellationToken cancellationToken) =>
        context.CheckUaiAsync(row.Get(index), file, row.Line, column, cancellationToken);

    public async ValueTask<DateOnly?> ReadDayAsync(
        DelimitedRow row, int index, string column, CancellationToken cancellationToken)
    {
        var text = row.Get(index);
        if (dates.TryParseDay(text, out var day))
        {
            return day;
        }

        var reason = text is null ? "the date is empty" : "not a date in any of the formats of DateFormats";
        await RejectAsync(row, column, text, reason, cancellationToken).ConfigureAwait(false);
        return null;
    }

    public async ValueTask<PlatformRole?> ReadRoleAsync(
        DelimitedRow row, int index, string column, CancellationToken cancellationToken)
    {
        var text = row.Get(index);
        if (profiles.TryResolve(text, out var role))
        {
            return role;
        }

        await RejectAsync(row, column, text, "unknown profile: add it to Profiles in the settings",
            cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Reads a whole non-negative count up to <paramref name="maximum"/>. An empty cell gives a valid null,
    /// because the source did not report the figure, which is not the same as zero.
    /// </summary>
    public async ValueTask<CountRead> ReadCountAsync(DelimitedRow row, int index, string column, long maximum,
        CancellationToken cancellationToken)
    {
        var text = row.Get(index);
        if (text is null)
        {
            return new CountRead(true, null);
        }

        if (NumberParser.TryParseInteger(text, out var value) && value >= 0 && value <= maximum)
        {
            return new CountRead(true, value);
        }

        await RejectAsync(row, column, text, "not a whole number of zero or more", cancellationToken)
            .ConfigureAwait(false);
        return new CountRead(false, null);
    }

    public ValueTask RejectAsync(
        DelimitedRow row, string? column, string? value, string reason, CancellationToken cancellationToken) =>
        context.RejectAsync(new Reject(file, row.Line, column, value, reason), cancellationToken);
}

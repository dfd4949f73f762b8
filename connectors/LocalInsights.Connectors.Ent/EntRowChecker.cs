using System.Globalization;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Ent;

/// <summary>
/// Reads the typed fields of ENT export rows. Each method rejects the row with its file, line, field and value
/// when the field is unusable, and then returns null.
/// </summary>
/// <remarks>
/// In a file of per-user rows (<paramref name="perUser"/>), a value in the wrong column may be a person's identifier
/// or name. A rejected date or count is then shown only when it has the shape of one
/// (<see cref="Redaction.IfShaped"/>), and an unknown profile only in the findings, once at least
/// <see cref="ShownProfilePeople"/> people have it.
/// </remarks>
internal sealed class EntRowChecker(
    PullContext context, string file, DateParser dates, EntProfileMap profiles, bool perUser = false)
{
    /// <summary>People who must share an unknown profile label before the findings show it.</summary>
    public const int ShownProfilePeople = 5;

    /// <summary>Unknown profile labels tracked per file; labels beyond are counted under one hidden subject.</summary>
    private const int MaxTrackedProfiles = 100;

    private const string HiddenProfile = "[hidden: profile of fewer than 5 people]";

    private readonly Dictionary<string, UnknownProfile> _unknownProfiles = new(StringComparer.Ordinal);

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
        await RejectAsync(row, column, Visible(text, ValueShape.Date), reason, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Reads the profile. In a per-user file an unknown one is rejected with no value and counted for
    /// <see cref="ObserveUnknownProfilesAsync"/> under <paramref name="person"/>, the row's identifier.
    /// </summary>
    public async ValueTask<PlatformRole?> ReadRoleAsync(
        DelimitedRow row, int index, string column, string? person, CancellationToken cancellationToken)
    {
        var text = row.Get(index);
        if (profiles.TryResolve(text, out var role))
        {
            return role;
        }

        if (!perUser)
        {
            await RejectAsync(row, column, text, "unknown profile: add it to Profiles in the settings",
                cancellationToken).ConfigureAwait(false);
            return null;
        }

        CountUnknownProfile(text ?? string.Empty, person);
        await RejectAsync(row, column, null,
            $"unknown profile: add it to Profiles in the settings; the findings show it once {ShownProfilePeople} "
            + "people have it", cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Observes each unknown profile of a per-user file with its rows: by its label when at least
    /// <see cref="ShownProfilePeople"/> people had it, because a label so shared is not a person's name, and under a
    /// hidden subject otherwise.
    /// </summary>
    public async Task ObserveUnknownProfilesAsync(CancellationToken cancellationToken)
    {
        foreach (var (label, unknown) in _unknownProfiles)
        {
            var named = unknown.People.Count >= ShownProfilePeople;
            await context.ObserveAsync(
                new QualityObservation
                {
                    Source = context.Connector, Kind = QualityIssueKind.RejectedRows,
                    Subject = named ? label : HiddenProfile, File = file, Count = unknown.Rows,
                    Detail = "rows with a profile that Profiles in the settings does not map",
                },
                cancellationToken).ConfigureAwait(false);
        }

        _unknownProfiles.Clear();
    }

    private void CountUnknownProfile(string label, string? person)
    {
        if (!_unknownProfiles.TryGetValue(label, out var unknown))
        {
            label = _unknownProfiles.Count < MaxTrackedProfiles ? label : HiddenProfile;
            if (!_unknownProfiles.TryGetValue(label, out unknown))
            {
                unknown = new UnknownProfile();
                _unknownProfiles.Add(label, unknown);
            }
        }

        unknown.Rows++;
        if (person is not null && unknown.People.Count < ShownProfilePeople)
        {
            unknown.People.Add(Pseudonymizer.IdentifierKey(person));
        }
    }

    private string? Visible(string? text, ValueShape shape) => perUser ? Redaction.IfShaped(text, shape) : text;

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

        var parsed = NumberParser.TryParseInteger(text, out var value);
        if (parsed && value >= 0 && value <= maximum)
        {
            return new CountRead(true, value);
        }

        var reason = !parsed ? "not a whole number of zero or more"
            : value < 0 ? "a count cannot be negative"
            : string.Create(CultureInfo.InvariantCulture, $"more than the largest count accepted, {maximum:N0}");
        await RejectAsync(row, column, Visible(text, ValueShape.Number), reason, cancellationToken)
            .ConfigureAwait(false);
        return new CountRead(false, null);
    }

    public ValueTask RejectAsync(
        DelimitedRow row, string? column, string? value, string reason, CancellationToken cancellationToken) =>
        context.RejectAsync(new Reject(file, row.Line, column, value, reason), cancellationToken);

    /// <summary>The rows of one unknown profile label and up to five of its people, by identifier key.</summary>
    private sealed class UnknownProfile
    {
        public long Rows { get; set; }

        public HashSet<TextKeyHash> People { get; } = [];
    }
}

using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Core.Connectors;

/// <summary>
/// What a connector gets for one pull: where it runs, its settings, and the sinks for records, rejects,
/// data-quality observations and raw copies of what the source returned.
/// </summary>
public sealed class PullContext
{
    /// <summary>Rejects of one pull logged one by one; the rest are only counted in the log.</summary>
    internal const int LoggedRejectsPerPull = 20;

    /// <summary>Characters of a source value kept in rejects and findings.</summary>
    private const int MaxValueLength = 200;

    /// <summary>Characters of a reason or detail kept in rejects and findings.</summary>
    private const int MaxMessageLength = 1000;

    /// <summary>People one pull remembers by identifier hash; 16 to 32 bytes each.</summary>
    private const int CachedPeople = 1 << 21;

    /// <summary>Establishment codes one pull remembers as valid and known.</summary>
    private const int CachedUaiCodes = 1 << 14;

    private readonly PullSession _session;
    private readonly PersonTable _people = new(CachedPeople);
    private int _personCount;
    private readonly TextCache<string> _knownUaiCodes = new(CachedUaiCodes);

    internal PullContext(PullSession session)
    {
        _session = session;
    }

    public required string Environment { get; init; }

    /// <summary>Name of the connector instance in configuration, used in storage paths and messages.</summary>
    public required string Connector { get; init; }

    public required string RunId { get; init; }

    public required PullWindow Window { get; init; }

    /// <summary>The connector's own configuration section.</summary>
    public required IConfiguration Settings { get; init; }

    /// <summary>Folder that relative file paths in the settings are resolved against.</summary>
    public required string BaseDirectory { get; init; }

    public required EstablishmentDirectory Establishments { get; init; }

    public required Pseudonymizer Pseudonymizer { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    public required ILogger Logger { get; init; }

    public long RecordsWritten => _session.RecordsWritten;

    public long RejectedRows => _session.RejectedRows;

    /// <summary>Rows or items read from the source, as the connector counts them.</summary>
    public long RowsRead { get; set; }

    public ValueTask WriteAsync<T>(T record, CancellationToken cancellationToken)
        where T : notnull => _session.WriteAsync(record, cancellationToken);

    /// <summary>Sends an unusable input to the rejects with its location and reason, and logs it.</summary>
    public ValueTask RejectAsync(Reject reject, CancellationToken cancellationToken)
    {
        reject = reject with
        {
            File = DisplayPath(reject.File),
            Value = Redaction.Clean(reject.Value, MaxValueLength),
            Reason = Redaction.Clean(reject.Reason, MaxMessageLength)!,
        };

        // The first rejects of a pull are logged one by one; the rest are counted in the pull summary.
        if (_session.RejectedRows < LoggedRejectsPerPull)
        {
            CoreLog.RowRejected(Logger, reject.Describe(Connector));
        }

        return _session.RejectAsync(reject, cancellationToken);
    }

    public ValueTask ObserveAsync(QualityObservation observation, CancellationToken cancellationToken) =>
        _session.WriteAsync(
            observation with
            {
                File = observation.File is { } file ? DisplayPath(file) : null,
                Subject = Redaction.Clean(observation.Subject, MaxValueLength)!,
                Detail = Redaction.Clean(observation.Detail, MaxMessageLength),
            },
            cancellationToken);

    /// <summary>Keeps a compressed copy of a source file under <c>raw/</c>.</summary>
    public ValueTask StoreRawAsync(string name, Stream content, CancellationToken cancellationToken) =>
        _session.StoreRawAsync(name, content, cancellationToken);

    public string ResolvePath(string path) => Path.GetFullPath(Path.Combine(BaseDirectory, path));

    /// <summary>
    /// Returns <paramref name="fullPath"/> relative to <see cref="BaseDirectory"/> when it lies inside it, so that
    /// messages and rejects name files as the settings do.
    /// </summary>
    public string DisplayPath(string fullPath)
    {
        if (!Path.IsPathRooted(fullPath))
        {
            return fullPath;
        }

        var relative = Path.GetRelativePath(BaseDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath
            : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// Binds the connector's settings to <typeparamref name="TOptions"/> and validates them; throws a
    /// <see cref="ConnectorException"/> listing every invalid key.
    /// </summary>
    public TOptions GetOptions<TOptions>()
        where TOptions : class, new()
    {
        var options = new TOptions();
        var bindingProblems = new List<string>();
        if (!Configuration.OptionsBinding.TryBind(Settings, options, bindingProblems))
        {
            throw new ConnectorException(
                $"Connector '{Connector}' has invalid settings: {string.Join("; ", bindingProblems)}");
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var prefix = Settings is IConfigurationSection section ? section.Path : Connector;
            var problems = string.Join("; ", results.Select(result =>
                $"{prefix}:{string.Join(',', result.MemberNames)}: {result.ErrorMessage}"));
            throw new ConnectorException($"Connector '{Connector}' has invalid settings: {problems}");
        }

        return options;
    }

    /// <summary>
    /// Returns the person of <paramref name="identifier"/>: its number in the pull, for
    /// <see cref="WriteActivityAsync"/>, and on its first call for that identifier only, its pseudonym. The
    /// pseudonym is computed once per distinct identifier of the pull; the record writer keeps it from the first
    /// record of the person.
    /// </summary>
    /// <remarks>
    /// Only a hash of the identifier is kept, in memory, for the pull; it is never written. Past about 2,100,000
    /// distinct identifiers the table starts again, and a person seen again then gets a second number with its
    /// pseudonym, which costs time, not accuracy: people are counted by pseudonym.
    /// </remarks>
    public PersonKey Person(ReadOnlySpan<char> identifier) =>
        Person(identifier, Pseudonymizer.IdentifierKey(identifier));

    /// <summary>
    /// True once the table of people has started again: a person seen before may then get a second number.
    /// </summary>
    internal bool PeopleRestarted => _people.Restarted;

    /// <summary>Prefetches the memory that the lookup of a person with <paramref name="hash"/> reads.</summary>
    internal void PrefetchPerson(TextKeyHash hash) => _people.Prefetch(hash);

    /// <summary>
    /// Returns the person of <paramref name="identifier"/>, with its <see cref="Pseudonymizer.IdentifierKey"/>
    /// computed before.
    /// </summary>
    internal PersonKey Person(ReadOnlySpan<char> identifier, TextKeyHash hash)
    {
        if (_people.TryGet(hash, out var number))
        {
            return new PersonKey(number, null);
        }

        var person = new PersonKey(_personCount++, Pseudonymizer.Pseudonymize(identifier));
        _people.Add(hash, person.Number);
        return person;
    }

    /// <summary>
    /// Opens a writer of platform activity rows that finds the people and encodes the rows on a second thread.
    /// While it is open, every activity record of the pull must go through it, not through
    /// <see cref="WriteAsync{T}"/> or <see cref="WriteActivityAsync"/>, and only it may call <see cref="Person"/>.
    /// Complete it before the pull returns.
    /// </summary>
    public async ValueTask<ActivityRowWriter> OpenActivityWriterAsync(CancellationToken cancellationToken) =>
        new(this, await _session.GetActivityWriterAsync(cancellationToken).ConfigureAwait(false), cancellationToken);

    /// <summary>Writes one platform activity record, as <see cref="WriteAsync{T}"/> does for its object.</summary>
    public ValueTask WriteActivityAsync(in ActivityRow row, CancellationToken cancellationToken) =>
        _session.WriteActivityAsync(row, cancellationToken);

    /// <summary>
    /// Returns true, with the normalised code, when <paramref name="text"/> is a valid UAI found in the directory
    /// (or any valid UAI when the directory is empty): the case that needs no observation and no reject. Returns
    /// false otherwise, and the caller then calls <see cref="CheckUaiAsync"/>, which observes and rejects.
    /// </summary>
    public bool TryGetKnownUai(ReadOnlySpan<char> text, [NotNullWhen(true)] out string? uai)
    {
        if (_knownUaiCodes.TryGetValue(text, out uai))
        {
            return true;
        }

        var check = Uai.Check(text.ToString());
        if (!check.IsValid || (Establishments.Count > 0 && !Establishments.Contains(check.Normalised)))
        {
            uai = null;
            return false;
        }

        uai = check.Normalised;
        _knownUaiCodes.Set(text, uai);
        return true;
    }

    /// <summary>
    /// Checks a UAI read from a source and returns it normalised. A valid code missing from the directory is kept
    /// and observed as unknown. An invalid code is observed and returns null, so the caller rejects the row.
    /// Codes are never corrected.
    /// </summary>
    public async ValueTask<string?> CheckUaiAsync(
        string? text, string file, long? line, string field, CancellationToken cancellationToken)
    {
        var check = Uai.Check(text);
        if (!check.IsValid)
        {
            var detail = check.Suggestion is null ? check.Reason : $"{check.Reason} (candidate {check.Suggestion})";

            // A value that is not shaped like a code may be an identifier from a shifted column: it is not shown.
            var visibleText = Redaction.IfShaped(text?.Trim(), ValueShape.UaiCode);
            await ObserveAsync(
                new QualityObservation
                {
                    Source = Connector, Kind = QualityIssueKind.InvalidUai, Subject = visibleText ?? string.Empty,
                    File = file, Detail = detail,
                },
                cancellationToken).ConfigureAwait(false);
            await RejectAsync(
                new Reject(file, line, field, visibleText, $"invalid UAI code: {detail}"), cancellationToken)
                .ConfigureAwait(false);
            return null;
        }

        if (Establishments.Count > 0 && !Establishments.Contains(check.Normalised))
        {
            await ObserveAsync(
                new QualityObservation
                {
                    Source = Connector, Kind = QualityIssueKind.UnknownUai, Subject = check.Normalised, File = file,
                    Detail = "valid code not found in the establishment directory",
                },
                cancellationToken).ConfigureAwait(false);
        }

        return check.Normalised;
    }
}

using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using LocalInsights.Core.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// Imports the official establishment directory (<c>fr-en-annuaire-education.csv</c>) and the enrolment files of
/// data.education.gouv.fr into <see cref="Establishment"/> records.
/// </summary>
/// <remarks>
/// <para>
/// Pupils are the most recent figure, by school year, of the enrolment files that count the establishment's kind
/// in full (<see cref="EnrolmentFileOptions.Kinds"/>). An establishment that none lists keeps the directory's
/// <c>Nombre_d_eleves</c>. On a tie of school years the files win in the order second degree, collèges, écoles.
/// NOTE: the directory's count has no school year and may be more recent than every enrolment file, but it is
/// still only the fallback.
/// </para>
/// <para>
/// An invalid UAI code in any file is returned as a <see cref="DirectoryIssue"/> with its file, line and column.
/// It is never corrected nor matched to a similar valid code: the enrolment of <c>0351019O</c> never goes to
/// <c>0351019T</c>.
/// </para>
/// </remarks>
public sealed class DirectoryImporter(ILogger<DirectoryImporter>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>
    /// Reads the files <paramref name="options"/> names. Throws <see cref="OptionsValidationException"/> listing
    /// every invalid setting, <see cref="FileNotFoundException"/> when the directory file is missing and
    /// <see cref="InvalidDataException"/> when a file lacks a required column.
    /// </summary>
    public DirectoryImportResult Import(DirectoryImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var started = Stopwatch.GetTimestamp();
        var issues = new List<DirectoryIssue>();
        var summaries = new List<DirectoryFileSummary>();

        var directoryReader = new DirectoryFileReader(options, issues, _logger);
        summaries.Add(Report(directoryReader.Read(ResolveDirectoryFile(options), cancellationToken)));
        var directory = new EstablishmentDirectory(directoryReader.Establishments);

        var enrolment = new EnrolmentTable();
        foreach (var (key, file) in options.EnrolmentFiles)
        {
            if (!string.IsNullOrWhiteSpace(file.File))
            {
                summaries.Add(ReadEnrolment(options, key, file, directory, enrolment, issues, cancellationToken));
            }
        }

        var establishments = directoryReader.Establishments
            .Select(item => item with { Pupils = enrolment.PupilsOf(item.Uai.Value) ?? item.Pupils })
            .ToList();
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        DirectoryImportLog.Imported(_logger, establishments.Count, summaries[0].RowsRead, issues.Count, elapsedMs);
        return new DirectoryImportResult(establishments, issues, summaries);
    }

    private static void Validate(DirectoryImportOptions options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return;
        }

        var failures = results.Select(result =>
            $"{DirectoryImportOptions.SectionName}:{string.Join(',', result.MemberNames)}: {result.ErrorMessage}");
        throw new OptionsValidationException(DirectoryImportOptions.SectionName, typeof(DirectoryImportOptions),
            failures);
    }

    private static string ResolveDirectoryFile(DirectoryImportOptions options)
    {
        var path = Path.GetFullPath(Path.Combine(options.Folder, options.DirectoryFile));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The establishment directory file was not found at {path}: set "
                + $"{DirectoryImportOptions.SectionName}:{nameof(options.DirectoryFile)} and "
                + $"{nameof(options.Folder)} to where fr-en-annuaire-education.csv is.",
                path);
        }

        return path;
    }

    private DirectoryFileSummary ReadEnrolment(
        DirectoryImportOptions options, string key, EnrolmentFileOptions file, EstablishmentDirectory directory,
        EnrolmentTable enrolment, List<DirectoryIssue> issues, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(options.Folder, file.File!));
        if (!File.Exists(path))
        {
            DirectoryImportLog.EnrolmentFileNotFound(_logger, Path.GetFileName(path), path,
                $"{DirectoryImportOptions.SectionName}:{key}");
            return new DirectoryFileSummary(Path.GetFileName(path), false, 0, 0, 0, 0, 0, 0, 0);
        }

        var reader = new EnrolmentFileReader(directory, enrolment, issues, _logger);
        return Report(reader.Read(path, key, file, options.Encoding, cancellationToken));
    }

    private DirectoryFileSummary Report(DirectoryFileSummary summary)
    {
        DirectoryImportLog.FileRead(_logger, summary.File, summary.RowsRead, summary.RowsUsed, summary.InvalidCodes,
            summary.UnknownCodes);
        if (summary.InvalidCodes > 0)
        {
            DirectoryImportLog.InvalidCodes(_logger, summary.File, summary.InvalidCodes);
        }

        if (summary.InvalidValues > 0)
        {
            DirectoryImportLog.InvalidValues(_logger, summary.File, summary.InvalidValues);
        }

        return summary;
    }
}

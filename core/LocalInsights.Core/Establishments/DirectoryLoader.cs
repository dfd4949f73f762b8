using System.ComponentModel.DataAnnotations;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// Loads an environment's directory with <see cref="DirectoryImporter"/> from its <c>Directory</c> settings; a
/// relative <c>Folder</c> is resolved against the environment's base folder.
/// </summary>
public sealed class DirectoryLoader(ILoggerFactory loggerFactory) : IDirectoryLoader
{
    /// <summary>Source name the directory's findings carry in the data-quality facts.</summary>
    public const string SourceName = "establishment directory";

    public Task<DirectoryLoadResult> LoadAsync(
        IConfigurationSection settings, string baseDirectory, CancellationToken cancellationToken)
    {
        var options = new DirectoryImportOptions();
        settings.Bind(options);
        options.Folder = Path.GetFullPath(Path.Combine(baseDirectory, options.Folder));
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            ConfigurationException.ThrowIfAny(
                results.Select(result =>
                        $"{settings.Path}:{string.Join(',', result.MemberNames)}: {result.ErrorMessage}")
                    .ToList(),
                "The establishment directory settings");
        }

        var file = Path.Combine(options.Folder, options.DirectoryFile);
        if (!File.Exists(file))
        {
            throw new ConfigurationException(
                $"The establishment directory file {file} was not found: check {settings.Path}:Folder "
                + $"(relative to the environment's base directory) and {settings.Path}:DirectoryFile.");
        }

        var import = new DirectoryImporter(loggerFactory.CreateLogger<DirectoryImporter>())
            .Import(options, cancellationToken);
        var issues = import.Issues.Select(issue => issue.ToObservation(SourceName)).ToList();
        return Task.FromResult(new DirectoryLoadResult(import.ToDirectory(), issues));
    }
}

using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Core.Pipeline;

/// <summary>Loads an environment's establishment directory from its <c>Directory</c> settings.</summary>
public interface IDirectoryLoader
{
    Task<DirectoryLoadResult> LoadAsync(
        IConfigurationSection settings, string baseDirectory, CancellationToken cancellationToken);
}

/// <summary>The directory and the problems found in its files, such as invalid codes.</summary>
public sealed record DirectoryLoadResult(EstablishmentDirectory Directory, IReadOnlyList<QualityObservation> Issues);

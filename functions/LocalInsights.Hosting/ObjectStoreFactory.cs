using LocalInsights.Core.Configuration;
using LocalInsights.Core.Storage;
using LocalInsights.Storage.AzureBlob;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalInsights.Hosting;

/// <summary>Creates the <see cref="IObjectStore"/> that <see cref="StorageOptions"/> selects.</summary>
public static class ObjectStoreFactory
{
    /// <summary>Creates a local folder store or an Azure Blob store from the registered options.</summary>
    /// <exception cref="ConfigurationException">A storage setting is missing or invalid.</exception>
    public static IObjectStore Create(IServiceProvider provider)
    {
        StorageOptions options;
        try
        {
            options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            throw new ConfigurationException($"{StorageOptions.SectionName} is invalid: {exception.Message}");
        }
        catch (InvalidOperationException exception)
        {
            // The binder could not convert a value, such as an unknown Kind.
            throw new ConfigurationException(OptionsBinding.Describe(exception));
        }

        return options.Kind switch
        {
            StorageKind.AzureBlob => CreateBlobStore(provider, options),
            _ => new LocalFolderStore(options.Root),
        };
    }

    private static AzureBlobStore CreateBlobStore(IServiceProvider provider, StorageOptions options)
    {
        try
        {
            return AzureBlobStore.Create(options, logger: provider.GetRequiredService<ILogger<AzureBlobStore>>());
        }
        catch (OptionsValidationException exception)
        {
            throw new ConfigurationException($"{StorageOptions.SectionName} is invalid: {exception.Message}");
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Azure.Identity;
using Azure.Storage.Blobs;
using LocalInsights.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalInsights.Storage.AzureBlob;

public sealed partial class AzureBlobStore
{
    private static readonly string ConnectionStringKey = Key(nameof(StorageOptions.ConnectionString));
    private static readonly string ServiceUriKey = Key(nameof(StorageOptions.ServiceUri));

    /// <summary>
    /// Creates a store over <see cref="StorageOptions.Container"/>, authenticated by
    /// <see cref="StorageOptions.ConnectionString"/> when it is set, else by <see cref="DefaultAzureCredential"/>
    /// against <see cref="StorageOptions.ServiceUri"/>. Sends no request.
    /// </summary>
    /// <exception cref="OptionsValidationException">
    /// One or more settings are missing or invalid. The message lists each one by configuration key and never
    /// shows the connection string.
    /// </exception>
    public static AzureBlobStore Create(
        StorageOptions options, BlobClientOptions? clientOptions = null, ILogger<AzureBlobStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Validate(options);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), failures);
        }

        var service = CreateServiceClient(options, clientOptions);
        return new AzureBlobStore(service.GetBlobContainerClient(options.Container), logger);
    }

    private static List<string> Validate(StorageOptions options)
    {
        var failures = new List<string>();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            foreach (var result in results)
            {
                var members = string.Join(", ", result.MemberNames.Select(Key));
                failures.Add($"{members} is invalid: {result.ErrorMessage}");
            }
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            ValidateServiceUri(options.ServiceUri, failures);
        }

        return failures;
    }

    private static void ValidateServiceUri(Uri? serviceUri, List<string> failures)
    {
        if (serviceUri is null)
        {
            failures.Add($"{ConnectionStringKey} and {ServiceUriKey} are both missing: set the connection string "
                + "from the environment, or the blob service URI to sign in with a managed identity.");
            return;
        }

        var isHttp = serviceUri.IsAbsoluteUri
            && (serviceUri.Scheme == Uri.UriSchemeHttps || serviceUri.Scheme == Uri.UriSchemeHttp);
        if (!isHttp)
        {
            failures.Add($"{ServiceUriKey} '{serviceUri.OriginalString}' is invalid: use the absolute https URI of "
                + "the blob service, such as https://ACCOUNT.blob.core.windows.net.");
            return;
        }

        if (serviceUri.Query.Length > 0)
        {
            failures.Add($"{ServiceUriKey} '{serviceUri.GetLeftPart(UriPartial.Path)}' has a query string: "
                + $"a SAS belongs in {ConnectionStringKey}, which is kept out of committed files.");
        }
    }

    private static BlobServiceClient CreateServiceClient(StorageOptions options, BlobClientOptions? clientOptions)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new BlobServiceClient(options.ServiceUri, new DefaultAzureCredential(), clientOptions);
        }

        try
        {
            return new BlobServiceClient(options.ConnectionString, clientOptions);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException
            or InvalidOperationException)
        {
            // The parser's message can quote parts of the connection string, so it is left out.
            var failure = $"{ConnectionStringKey} is not a valid storage connection string "
                + $"({exception.GetType().Name}). Expected 'AccountName=...;AccountKey=...' with an endpoint "
                + "suffix or BlobEndpoint, or a BlobEndpoint with a SharedAccessSignature. "
                + "The value is not shown because it is a secret.";
            throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), [failure]);
        }
    }

    private static string Key(string member) => $"{StorageOptions.SectionName}:{member}";
}

using LocalInsights.Core.Configuration;
using LocalInsights.Storage.AzureBlob;
using Microsoft.Extensions.Options;

namespace LocalInsights.Storage.Tests;

/// <summary>Checks <see cref="AzureBlobStore.Create"/>, which sends no request, so no emulator is needed.</summary>
public sealed class AzureBlobStoreFactoryTests
{
    private const string ConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;"
        + "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

    [Fact]
    public void Create_NoCredentials_NamesBothKeys()
    {
        var options = new StorageOptions { Kind = StorageKind.AzureBlob };

        var exception = Assert.Throws<OptionsValidationException>(() => AzureBlobStore.Create(options));

        Assert.Contains("LocalInsights:Storage:ConnectionString", exception.Message, StringComparison.Ordinal);
        Assert.Contains("LocalInsights:Storage:ServiceUri", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidContainer_NamesKey()
    {
        var options = new StorageOptions { ConnectionString = ConnectionString, Container = "Exports_2024" };

        var exception = Assert.Throws<OptionsValidationException>(() => AzureBlobStore.Create(options));

        Assert.Contains("LocalInsights:Storage:Container", exception.Message, StringComparison.Ordinal);
        Assert.Contains("3 to 63 lower-case letters", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SeveralProblems_ReportedTogether()
    {
        var options = new StorageOptions { Container = "a" };

        var exception = Assert.Throws<OptionsValidationException>(() => AzureBlobStore.Create(options));

        Assert.Equal(2, exception.Failures.Count());
    }

    [Fact]
    public void Create_MalformedConnectionString_HidesValue()
    {
        var options = new StorageOptions { ConnectionString = "AccountName=x;AccountKey=TopSecretKey42;NoEquals" };

        var exception = Assert.Throws<OptionsValidationException>(() => AzureBlobStore.Create(options));

        Assert.Contains("LocalInsights:Storage:ConnectionString", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TopSecretKey42", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("NoEquals", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ServiceUri_LocationIsContainer()
    {
        var options = new StorageOptions
        {
            ServiceUri = new Uri("https://account.blob.core.windows.net"),
            Container = "exports",
        };

        var store = AzureBlobStore.Create(options);

        Assert.Equal("https://account.blob.core.windows.net/exports", store.Location);
        Assert.Equal("exports", store.ContainerName);
    }

    [Fact]
    public void Create_ServiceUriWithQuery_Rejected()
    {
        var options = new StorageOptions { ServiceUri = new Uri("https://account.blob.core.windows.net/?sig=abc") };

        var exception = Assert.Throws<OptionsValidationException>(() => AzureBlobStore.Create(options));

        Assert.Contains("LocalInsights:Storage:ServiceUri", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sig=abc", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RelativeServiceUri_Rejected()
    {
        var options = new StorageOptions { ServiceUri = new Uri("account/blob", UriKind.Relative) };

        var exception = Assert.Throws<OptionsValidationException>(() => AzureBlobStore.Create(options));

        Assert.Contains("LocalInsights:Storage:ServiceUri 'account/blob'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SasConnectionString_LocationHidesSignature()
    {
        var options = new StorageOptions
        {
            ConnectionString = "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
                + "SharedAccessSignature=sv=2025-11-05&ss=b&srt=co&sp=rwdl&sig=SignatureValue",
        };

        var store = AzureBlobStore.Create(options);

        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/localinsights", store.Location);
        Assert.DoesNotContain("SignatureValue", store.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BothSet_ConnectionStringWins()
    {
        var options = new StorageOptions
        {
            ConnectionString = ConnectionString,
            ServiceUri = new Uri("https://account.blob.core.windows.net"),
        };

        var store = AzureBlobStore.Create(options);

        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/localinsights", store.Location);
    }
}

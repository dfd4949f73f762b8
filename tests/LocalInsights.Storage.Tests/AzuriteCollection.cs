using LocalInsights.Testing;

namespace LocalInsights.Storage.Tests;

/// <summary>Shares one Azurite process among the test classes of this assembly that use it.</summary>
[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;

using LocalInsights.Testing;

namespace LocalInsights.Functions.Tests;

/// <summary>Shares one Azurite process between the test classes of this project that need storage.</summary>
[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;

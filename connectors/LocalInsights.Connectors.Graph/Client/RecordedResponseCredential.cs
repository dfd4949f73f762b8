using Azure.Core;

namespace LocalInsights.Connectors.Graph.Client;

/// <summary>
/// The credential of a replay of recorded responses: a fixed placeholder token, because the replay never
/// reaches a server that would check it.
/// </summary>
internal sealed class RecordedResponseCredential : TokenCredential
{
    private const string PlaceholderToken = "recorded-responses";

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(PlaceholderToken, DateTimeOffset.MaxValue);

    public override ValueTask<AccessToken> GetTokenAsync(
        TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}

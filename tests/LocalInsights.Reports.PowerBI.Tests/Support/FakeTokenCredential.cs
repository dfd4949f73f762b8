using Azure.Core;
using LocalInsights.Reports.PowerBI.Tests.Fake;

namespace LocalInsights.Reports.PowerBI.Tests;

/// <summary>Returns <see cref="FakePowerBIServer.Token"/> for every request and records the scopes asked for.</summary>
internal sealed class FakeTokenCredential(TimeProvider clock) : TokenCredential
{
    private readonly List<string> scopes = [];

    public IReadOnlyList<string> Scopes
    {
        get
        {
            lock (scopes)
            {
                return scopes.ToList();
            }
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (scopes)
        {
            scopes.AddRange(requestContext.Scopes);
        }

        return new AccessToken(FakePowerBIServer.Token, clock.GetUtcNow().AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(
        TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}

namespace LocalInsights.Bench.Streaming;

/// <summary>One person of the generated log: the login, the école and the profile label written on each row.</summary>
internal sealed record LogUser(string Identifier, string Uai, string Profile);

namespace LocalInsights.DemoGenerator.Ent;

/// <summary>One account of the écoles' ENT with its habit of logging in.</summary>
/// <param name="Propensity">Chance of logging in on a school day, 0 for an account never used.</param>
internal sealed record SchoolEntUser(string Uai, string Profile, string Login, double Propensity);

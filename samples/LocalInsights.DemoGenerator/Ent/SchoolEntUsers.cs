using LocalInsights.DemoGenerator.OpenData;

namespace LocalInsights.DemoGenerator.Ent;

/// <summary>
/// Invents the accounts of the écoles that use the other ENT vendor: the public écoles with known enrolment in
/// about a fifth of the communes. Teachers and staff log in with an e-mail address, pupils and parents with a
/// login such as prenom.nom12.
/// </summary>
internal sealed class SchoolEntUsers
{
    public const int TargetSchoolCount = 45;

    private readonly SeededRandom _random;
    private readonly FakePeople _people;

    public SchoolEntUsers(SeededRandom random, FakePeople people)
    {
        _random = random;
        _people = people;
    }

    public IReadOnlyList<Establishment> PickSchools(EstablishmentDirectory directory)
    {
        var ecoles = directory.OfKind(EstablishmentKind.Ecole).Where(e => e.IsPublic && e.Enrolment is > 0).ToList();
        var communes = ecoles.Select(e => e.Commune).Distinct().Order(StringComparer.Ordinal).ToList();
        _random.Shuffle(communes);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var commune in communes)
        {
            if (ecoles.Count(e => chosen.Contains(e.Commune)) >= TargetSchoolCount)
            {
                break;
            }

            chosen.Add(commune);
        }

        return ecoles.Where(e => chosen.Contains(e.Commune)).ToList();
    }

    public List<SchoolEntUser> For(Establishment ecole)
    {
        var users = new List<SchoolEntUser>();
        var pupils = ecole.Enrolment ?? 0;
        Add(users, ecole, "enseignant", (ecole.Classes ?? 1) + 1, email: true, dormant: 0.05, (0.2, 0.9));
        Add(users, ecole, "personnel", pupils > 200 ? 2 : 1, email: true, dormant: 0.1, (0.3, 0.8));
        Add(users, ecole, "élève", ecole.ElementaryPupils ?? 0, email: false, dormant: 0.3, (0.01, 0.15));
        Add(users, ecole, "parent", (int)Math.Round(pupils * 0.8), email: false, dormant: 0.35, (0.02, 0.2));
        return users;
    }

    private void Add(List<SchoolEntUser> users, Establishment ecole, string profile, int count, bool email,
        double dormant, (double Min, double Max) propensity)
    {
        for (var i = 0; i < count; i++)
        {
            var person = _people.Next();
            var login = email ? _people.EmailFor(person) : _people.LoginFor(person);
            var chance = _random.Chance(dormant) ? 0 : _random.NextDouble(propensity.Min, propensity.Max);
            users.Add(new SchoolEntUser(ecole.Uai, profile, login, chance));
        }
    }
}

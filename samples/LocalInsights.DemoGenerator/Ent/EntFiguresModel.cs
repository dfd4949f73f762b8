namespace LocalInsights.DemoGenerator.Ent;

/// <summary>
/// Invents a month of Open ENT NG figures for one establishment so that they hold together: unique visitors
/// at most activated accounts, activated at most provisioned, provisioned pupil accounts close to enrolment.
/// </summary>
internal sealed class EntFiguresModel
{
    public const string Student = "Élève";
    public const string Teacher = "Enseignant";
    public const string Staff = "Personnel";
    public const string Parent = "Parent";
    public const string Guest = "Invité";

    private readonly SeededRandom _random;

    public EntFiguresModel(SeededRandom random) => _random = random;

    public IEnumerable<ProfileFigures> For(EntStructure structure)
    {
        var pupils = structure.Pupils;
        yield return Figures(Student, pupils + _random.Next(0, 1 + (pupils / 50)), (0.86, 0.98), (0.55, 0.92), (6, 22));
        yield return Figures(Teacher, Math.Max(4, (int)(pupils / _random.NextDouble(11, 14))), (0.9, 0.99),
            (0.75, 0.97), (10, 30));
        yield return StaffFigures(pupils);
        var parentActivation = structure.IsCollege ? (0.55, 0.8) : (0.4, 0.65);
        yield return Figures(Parent, (int)(pupils * _random.NextDouble(1.5, 1.9)), parentActivation, (0.3, 0.65),
            (2, 6));
        if (_random.Chance(0.6))
        {
            yield return GuestFigures();
        }
    }

    private ProfileFigures Figures(string profile, int provisioned, (double Min, double Max) activation,
        (double Min, double Max) visiting, (double Min, double Max) connectionsPerVisitor)
    {
        var activated = (int)Math.Round(provisioned * _random.NextDouble(activation.Min, activation.Max));
        var visitors = (int)Math.Round(activated * _random.NextDouble(visiting.Min, visiting.Max));
        var connections = (long)Math.Round(visitors * _random.NextDouble(connectionsPerVisitor.Min,
            connectionsPerVisitor.Max));
        return new ProfileFigures(profile, connections, visitors, provisioned, activated);
    }

    /// <summary>Staff accounts are few. In about one establishment in four only 1 to 4 staff log in.</summary>
    private ProfileFigures StaffFigures(int pupils)
    {
        if (_random.Chance(0.25))
        {
            var visitors = _random.Next(1, 5);
            var activated = visitors + _random.Next(0, 3);
            return new ProfileFigures(Staff, visitors * _random.Next(2, 12), visitors, activated + _random.Next(0, 3),
                activated);
        }

        return Figures(Staff, Math.Max(6, pupils / _random.Next(25, 45)), (0.7, 0.95), (0.5, 0.9), (3, 15));
    }

    private ProfileFigures GuestFigures()
    {
        var provisioned = _random.Next(1, 7);
        var activated = _random.Next(0, provisioned + 1);
        var visitors = activated == 0 ? 0 : _random.Next(0, Math.Min(activated, 4) + 1);
        return new ProfileFigures(Guest, visitors * _random.Next(1, 5), visitors, provisioned, activated);
    }
}

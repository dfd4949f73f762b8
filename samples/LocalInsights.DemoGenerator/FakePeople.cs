namespace LocalInsights.DemoGenerator;

/// <summary>An invented person. Every name of the demo comes from the lists below, none from real data.</summary>
internal sealed record FakePerson(string FirstName, string LastName)
{
    public string DisplayName => $"{FirstName} {LastName}";

    /// <summary>The ASCII "prenom.nom" base of logins and e-mail addresses.</summary>
    public string LoginBase =>
        $"{TextFolding.ToLowerAscii(FirstName)}.{TextFolding.ToLowerAscii(LastName)}"
            .Replace(' ', '-')
            .Replace('\'', '-');
}

/// <summary>
/// Invents people and gives each a unique login or e-mail address in the reserved domain demo-ent.example.
/// </summary>
internal sealed class FakePeople
{
    public const string MailDomain = "demo-ent.example";

    private static readonly string[] FirstNames =
    [
        "Camille", "Léa", "Manon", "Chloé", "Inès", "Jade", "Louise", "Emma", "Zoé", "Lina", "Anaïs", "Maëlle",
        "Clémence", "Océane", "Élise", "Margaux", "Nolwenn", "Gwenaëlle", "Sophie", "Nathalie", "Isabelle",
        "Sandrine", "Céline", "Aurélie", "Hélène", "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Nathan",
        "Théo", "Raphaël", "Tom", "Maël", "Erwan", "Yann", "Gaël", "Loïc", "Ronan", "Mathis", "Noé", "Timéo",
        "Enzo", "Thomas", "Nicolas", "Julien", "Sébastien", "Olivier", "Stéphane", "François", "Jérôme", "Benoît",
        "Frédéric", "Guillaume", "Mathieu", "Antoine", "Cédric", "Kevin",
    ];

    private static readonly string[] LastNames =
    [
        "Le Gall", "Le Goff", "Le Roux", "Guillou", "Le Bihan", "Morvan", "Jégou", "Le Floch", "Kerhervé", "Tanguy",
        "Le Corre", "Riou", "Hamon", "Lemoine", "Rolland", "Le Guen", "Cadiou", "Quéré", "Pichon", "Gicquel",
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
        "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
        "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
        "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger",
    ];

    private readonly SeededRandom _random;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public FakePeople(SeededRandom random) => _random = random;

    public FakePerson Next() => new(_random.Pick(FirstNames), _random.Pick(LastNames));

    /// <summary>Returns a unique address such as prenom.nom@demo-ent.example (a digit is added on collision).</summary>
    public string EmailFor(FakePerson person)
    {
        var local = person.LoginBase;
        for (var suffix = 2; !_used.Add(local); suffix++)
        {
            local = person.LoginBase + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return $"{local}@{MailDomain}";
    }

    /// <summary>Returns a unique login such as prenom.nom12: the base and two or more digits.</summary>
    public string LoginFor(FakePerson person)
    {
        string login;
        var digits = 2;
        do
        {
            var number = _random.Next((int)Math.Pow(10, digits));
            login = person.LoginBase + number.ToString("D" + digits, System.Globalization.CultureInfo.InvariantCulture);
            digits += _used.Contains(login) ? 1 : 0;
        }
        while (!_used.Add(login));

        return login;
    }
}

using LocalInsights.Core.Privacy;

namespace LocalInsights.Core.Tests;

public sealed class PrivacyTests
{
    [Fact]
    public void Pseudonym_StableAndCaseInsensitive()
    {
        var pseudonymizer = new Pseudonymizer(Enumerable.Range(0, 32).Select(value => (byte)value).ToArray());

        var first = pseudonymizer.Pseudonymize("Zoe.Lambert@demo-ent.example");
        var second = pseudonymizer.Pseudonymize(" zoe.lambert@demo-ent.example ");

        Assert.Equal(first, second);
        Assert.Equal(32, first.Length);
        Assert.DoesNotContain("zoe", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zoe.Lambert@demo-ent.example")]
    [InlineData("  Élodie.Moreau@ÉCOLE.example\t")]
    [InlineData("\ud800 lone surrogate")]
    public void Pseudonym_IsTheDocumentedHmac(string identifier)
    {
        var key = Enumerable.Range(0, 32).Select(value => (byte)(value * 3)).ToArray();
        var pseudonymizer = new Pseudonymizer(key);
        var longIdentifier = identifier + new string('x', 600);

        Assert.Equal(DocumentedPseudonym(key, identifier), pseudonymizer.Pseudonymize(identifier));
        Assert.Equal(DocumentedPseudonym(key, longIdentifier), pseudonymizer.Pseudonymize(longIdentifier));
        Assert.Equal(pseudonymizer.Pseudonymize(identifier), pseudonymizer.Pseudonymize(identifier.AsSpan()));
    }

    [Fact]
    public void Pseudonym_SameForComposedAndDecomposedAccents()
    {
        var pseudonymizer = new Pseudonymizer(new byte[32]);

        var composed = pseudonymizer.Pseudonymize("zo\u00e9.lambert@x.fr");
        var decomposed = pseudonymizer.Pseudonymize("Zoe\u0301.Lambert@x.fr ");

        Assert.Equal(composed, decomposed);
        Assert.Equal(Pseudonymizer.IdentifierKey("zo\u00e9.lambert@x.fr"),
            Pseudonymizer.IdentifierKey("zoe\u0301.lambert@x.fr"));
        Assert.Equal(DocumentedPseudonym(new byte[32], "zo\u00e9.lambert@x.fr"), composed);
    }

    [Fact]
    public void Pseudonymizers_OnOneThread_KeepTheirKeys()
    {
        var zeroKeyed = new Pseudonymizer(new byte[32]);
        var oneKeyed = new Pseudonymizer(Enumerable.Repeat((byte)1, 32).ToArray());

        var first = zeroKeyed.Pseudonymize("user1");
        var second = oneKeyed.Pseudonymize("user1");

        Assert.Equal(first, zeroKeyed.Pseudonymize("user1"));
        Assert.Equal(second, oneKeyed.Pseudonymize("user1"));
        Assert.Equal(DocumentedPseudonym(new byte[32], "user1"), first);
    }

    /// <summary>
    /// Returns the first 128 bits, in lowercase hexadecimal, of HMAC-SHA-256 over the UTF-8 of the identifier
    /// trimmed, lower-cased and in normalisation form C (left as it is when it has no normal form).
    /// </summary>
    private static string DocumentedPseudonym(byte[] key, string identifier)
    {
        var normalised = identifier.Trim().ToLowerInvariant();
        try
        {
            normalised = normalised.Normalize(System.Text.NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate has no normal form.
        }

        var mac = System.Security.Cryptography.HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(normalised));
        return Convert.ToHexStringLower(mac[..16]);
    }

    [Fact]
    public void Pseudonym_DependsOnKey()
    {
        var one = new Pseudonymizer(new byte[32]).Pseudonymize("user1");
        var other = new Pseudonymizer(Enumerable.Repeat((byte)1, 32).ToArray()).Pseudonymize("user1");

        Assert.NotEqual(one, other);
    }

    [Fact]
    public void Pseudonymizer_RejectsShortKey()
    {
        Assert.Throws<ArgumentException>(() => new Pseudonymizer(new byte[16]));
    }

    [Fact]
    public void Redaction_MasksEmailAddresses()
    {
        var cleaned = Redaction.Clean("profil 'sophie.privacy@demo-ent.example' unknown", 200);

        Assert.Equal("profil '[e-mail address]' unknown", cleaned);
    }

    [Fact]
    public void Redaction_CutsLongText()
    {
        var cleaned = Redaction.Clean(new string('x', 10_000), 100)!;

        Assert.StartsWith(new string('x', 100) + "… (cut, 10,000 characters in all)", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Redaction_ReplacesControlCharacters()
    {
        Assert.Equal("a\uFFFDb", Redaction.Clean("a\u0000b", 10));
    }

    [Fact]
    public void SmallCounts_HidesBelowThreshold()
    {
        var counts = new SmallCounts(5);

        Assert.Null(counts.Suppress(3));
        Assert.Equal(0, counts.Suppress(0));
        Assert.Equal(5, counts.Suppress(5));
    }

    [Fact]
    public void SmallCounts_SecondaryCellHidden()
    {
        var shown = new SmallCounts(5).SuppressGroup([781, 88, 603, 3]);

        Assert.Equal(781, shown[0]);
        Assert.Null(shown[1]);
        Assert.Equal(603, shown[2]);
        Assert.Null(shown[3]);
    }

    [Fact]
    public void SmallCounts_TwoSmallCellsNeedNoSecondary()
    {
        var shown = new SmallCounts(5).SuppressGroup([100, 2, 3]);

        Assert.Equal(100, shown[0]);
        Assert.Null(shown[1]);
        Assert.Null(shown[2]);
    }
}

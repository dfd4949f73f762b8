using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;

namespace LocalInsights.Core.Tests.Storage;

public sealed class HexPseudonymsTests
{
    [Fact]
    public void PseudonymizerOutput_ReadsBackUnchanged()
    {
        var pseudonymizer = new Pseudonymizer(Enumerable.Range(0, 32).Select(value => (byte)value).ToArray());
        var pseudonyms = Enumerable.Range(0, 1000).Select(index => pseudonymizer.Pseudonymize($"user{index}"))
            .ToList();
        var stored = new HexPseudonyms();

        foreach (var pseudonym in pseudonyms)
        {
            stored.Add(pseudonym);
        }

        Assert.Equal(1000, stored.Count);
        Assert.Equal(pseudonyms, stored);
        Assert.Equal(TextKeyHash.Of(pseudonyms[517]), stored.KeyOf(517));
        var utf8 = new byte[HexPseudonyms.Length];
        stored.WriteUtf8(517, utf8);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(pseudonyms[517]), utf8);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", true)]
    [InlineData("0123456789ABCDEF0123456789abcdef", false)]
    [InlineData("0123456789abcdef0123456789abcde", false)]
    [InlineData("0123456789abcdef0123456789abcdeg", false)]
    [InlineData("p0", false)]
    public void Fits_OnlyLowercaseHexOf32(string text, bool expected)
    {
        Assert.Equal(expected, HexPseudonyms.Fits(text));
    }

    [Fact]
    public void Add_OtherForm_Rejected()
    {
        Assert.Throws<ArgumentException>(() => new HexPseudonyms().Add("p0"));
    }
}

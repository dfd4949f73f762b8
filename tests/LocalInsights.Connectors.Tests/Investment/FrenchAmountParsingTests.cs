using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Tests.Investment;

/// <summary>Amounts as registers write them, through the shared number parser the connector uses.</summary>
public sealed class FrenchAmountParsingTests
{
    [Theory]
    [InlineData("1\u00A0234,50 €", DecimalSeparator.Auto, "1234.50")]
    [InlineData("1 234,50", DecimalSeparator.Comma, "1234.50")]
    [InlineData("1.234,50", DecimalSeparator.Comma, "1234.50")]
    [InlineData("1,234.50", DecimalSeparator.Auto, "1234.50")]
    [InlineData("-150,00 €", DecimalSeparator.Auto, "-150.00")]
    [InlineData("3\u202F100 €", DecimalSeparator.Auto, "3100")]
    [InlineData("12.5", DecimalSeparator.Dot, "12.5")]
    public void Amount_ParsedAsWritten(string text, DecimalSeparator separator, string expected)
    {
        Assert.True(NumberParser.TryParseDecimal(text, separator, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("12,5,0 €", DecimalSeparator.Auto)]
    [InlineData("12.5", DecimalSeparator.Comma)]
    [InlineData("1,5", DecimalSeparator.Dot)]
    [InlineData("1.23,45", DecimalSeparator.Comma)]
    [InlineData("1,234.5,6", DecimalSeparator.Auto)]
    [InlineData("abc", DecimalSeparator.Auto)]
    public void Malformed_AmountRejected(string text, DecimalSeparator separator)
    {
        Assert.False(NumberParser.TryParseDecimal(text, separator, out _));
    }
}

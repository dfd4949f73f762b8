using LocalInsights.Core.Text;

namespace LocalInsights.Core.Tests.Text;

public sealed class HumanCsvTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("\t=2+3", "'\t=2+3")]
    [InlineData("+ Très bon travail", "'+ Très bon travail")]
    [InlineData("+33 6 00 00 00 01", "'+33 6 00 00 00 01")]
    [InlineData("-", "'-")]
    [InlineData("-5", "-5")]
    [InlineData("-7,5", "-7,5")]
    [InlineData("+12.25", "+12.25")]
    [InlineData("-1-1", "'-1-1")]
    [InlineData("-5;x", "\"'-5;x\"")]
    [InlineData("'=déjà préfixé", "'=déjà préfixé")]
    [InlineData("0600000002", "0600000002")]
    public void Text_NeutralisesFormulasButNotNumbers(string text, string expected)
    {
        Assert.Equal(expected, HumanCsv.Text(text));
    }
}

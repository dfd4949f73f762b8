using LocalInsights.Core.Aggregation;

namespace LocalInsights.Core.Tests.Aggregation;

public sealed class PersonSetTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomAdds_CountAsAHashSetDoes(int seed)
    {
        var random = new Random(seed);
        var set = new PersonSet();
        var reference = new HashSet<int>();
        for (var step = 0; step < 20_000; step++)
        {
            if (random.Next(50) == 0)
            {
                var range = Enumerable.Range(random.Next(5_000), random.Next(1, 40))
                    .Where(_ => random.Next(2) == 0).ToArray();
                set.AddDistinct(range);
                reference.UnionWith(range);
            }
            else
            {
                var person = random.Next(5_000);
                set.Add(person);
                reference.Add(person);
            }

            if (random.Next(1_000) == 0)
            {
                Assert.Equal(reference.Count, set.Count);
            }
        }

        Assert.Equal(reference.Count, set.Count);
    }

    [Fact]
    public void FirstRange_KeptAndNeverChanged()
    {
        int[] first = [1, 4, 9];
        var set = new PersonSet();

        set.AddDistinct(first);
        Assert.Equal(3, set.Count);
        set.Add(2);
        set.Add(4);
        set.AddDistinct([0, 9, 10]);

        Assert.Equal(6, set.Count);
        Assert.Equal([1, 4, 9], first);
    }

    [Fact]
    public void Empty_CountsZero()
    {
        Assert.Equal(0, new PersonSet().Count);
        var set = new PersonSet();
        set.AddDistinct([]);
        Assert.Equal(0, set.Count);
        set.Add(7);
        Assert.Equal(1, set.Count);
    }
}

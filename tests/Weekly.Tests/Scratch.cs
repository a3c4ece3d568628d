namespace Weekly.Tests;
public class Scratch
{
    [Fact]
    public void Run()
    {
        var bag = new Weekly.Core.DiagnosticBag();
        var bytes = File.ReadAllBytes("/tmp/ed/chk/seeds/2020-01-06-bad-yaml.txt");
        var issue = Weekly.Seeds.SeedParser.Parse("seeds/2020-01-06-bad-yaml.txt", bytes, bag);
        File.WriteAllText("/tmp/ed/scratch.txt", string.Join("\n", bag.Sorted()) + "\n" + issue);
    }
}

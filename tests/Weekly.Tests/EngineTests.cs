using Weekly.Core;

namespace Weekly.Tests;

public class EngineTests
{
    private sealed class Emit(params string[] names) : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
            [.. inputs, .. names.Select(n => Document.Create(null, n))];
    }

    private sealed class ReadFrom(string pipeline) : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
            context.OutputsOf(pipeline).Select(d => d.WithContent(d.Content + "!")).ToList();
    }

    [Fact]
    public void Runs_pipelines_after_their_dependencies_and_passes_outputs()
    {
        var engine = new Engine([
            new Pipeline("B", ["A"], [new ReadFrom("A")]),
            new Pipeline("A", new Emit("x", "y")),
        ]);
        var context = new BuildContext();
        engine.Run(context);
        Assert.Equal(["A", "B"], engine.Order.Select(p => p.Name));
        Assert.Equal(["x!", "y!"], context.OutputsOf("B").Select(d => d.Content));
    }

    [Fact]
    public void Rejects_cycles_and_unknown_dependencies()
    {
        Assert.Throws<ArgumentException>(() => new Engine([new Pipeline("A", ["B"], []), new Pipeline("B", ["A"], [])]));
        Assert.Throws<ArgumentException>(() => new Engine([new Pipeline("A", ["Z"], [])]));
    }

    [Fact]
    public void Diagnostics_format_like_a_compiler_and_sort_by_location()
    {
        var bag = new DiagnosticBag();
        bag.Warning("WK0201", "Section has no stories.", "seeds/b.txt", 9, 1);
        bag.Error("WK0103", "Bad date.", "seeds/a.txt", 3, 7, "write date: 2020-01-06");
        Assert.True(bag.HasErrors);
        Assert.Equal(
            ["seeds/a.txt:3:7: error WK0103: Bad date. (write date: 2020-01-06)", "seeds/b.txt:9:1: warning WK0201: Section has no stories."],
            bag.Sorted().Select(d => d.ToString()));
    }

    private sealed class Fail : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
            throw new InvalidOperationException("module bug");
    }

    [Fact]
    public void A_module_bug_surfaces_as_its_own_exception_and_dependents_do_not_run()
    {
        var engine = new Engine([new Pipeline("A", new Fail()), new Pipeline("B", ["A"], [new ReadFrom("A")])]);
        var context = new BuildContext();
        var error = Assert.Throws<InvalidOperationException>(() => engine.Run(context));
        Assert.Equal("module bug", error.Message);
    }
}

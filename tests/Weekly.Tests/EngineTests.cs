using Weekly.Core;

namespace Weekly.Tests;

public class EngineTests
{
    private sealed class Emit(params string[] names) : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
            [.. inputs, .. names.Select(n => Document.Create(null, DocumentContent.FromText(n)))];
    }

    private sealed class ReadFrom(string pipeline) : IModule
    {
        public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
            context.OutputsOf(pipeline).Select(d => d.WithContent(DocumentContent.FromText(Text(d) + "!"))).ToList();
    }

    private static string Text(Document document) => document.Content.ToText(new DiagnosticBag());

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
        Assert.Equal(["x!", "y!"], context.OutputsOf("B").Select(Text));
    }

    [Fact]
    public void A_second_engine_on_the_same_context_reads_what_the_first_made()
    {
        var context = new BuildContext();
        new Engine([new Pipeline("A", new Emit("x"))]).Run(context);
        new Engine([new Pipeline("B", new ReadFrom("A")), new Pipeline("C", ["B"], [new ReadFrom("B")])]).Run(context);
        Assert.Equal(["x!!"], context.OutputsOf("C").Select(Text));
        var missing = Assert.Throws<InvalidOperationException>(() => new Engine([new Pipeline("D", new ReadFrom("Z"))]).Run(new BuildContext()));
        Assert.Contains("'Z' has not run", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_is_made_when_written_and_kept_bytes_are_not_copied()
    {
        var bytes = new byte[] { 1, 2, 3 };
        Assert.Same(bytes, DocumentContent.FromBytes(bytes).ToBytes(new DiagnosticBag()));
        Assert.Equal("héllo", DocumentContent.FromText("héllo").ToText(new DiagnosticBag()));
        Assert.Equal([0x68, 0xC3, 0xA9], DocumentContent.FromText("hé").ToBytes(new DiagnosticBag()));
        var made = 0;
        var deferred = DocumentContent.Deferred((bag, write) =>
        {
            made++;
            bag.Warning("WK0000", "made");
            write("page"u8);
        });
        Assert.Equal(0, made);
        var diagnostics = new DiagnosticBag();
        Assert.Equal("page", deferred.ToText(diagnostics));
        Assert.Equal((1, "made"), (made, Assert.Single(diagnostics.Sorted()).Message));
    }

    [Fact]
    public void Timings_name_each_module_in_run_order()
    {
        var timing = Assert.Single(new Engine([new Pipeline("A", new Emit("x"), new Emit("y"))]).Run(new BuildContext()));
        Assert.Equal(["Emit", "Emit"], timing.Modules.Select(m => m.Module));
        Assert.Equal(2, timing.Documents);
    }

    [Fact]
    public void Documents_made_in_one_step_carry_the_same_metadata_as_a_chain()
    {
        var story = new MetadataKey<string>("Story");
        var date = new MetadataKey<DateOnly>("Date");
        var chained = Document.Create("seeds/a.txt").With(story, "s").With(date, new DateOnly(2020, 1, 6)).WithDestination("a/index.html");
        var direct = Document.Create("seeds/a.txt", "a/index.html", DocumentContent.Empty, story.Item("s"), date.Item(new DateOnly(2020, 1, 6)));
        Assert.Equal((chained.Source, chained.Destination, Text(chained)), (direct.Source, direct.Destination, Text(direct)));
        Assert.Equal(chained.Keys, direct.Keys);
        Assert.Equal((chained.Get(story), chained.Get(date)), (direct.Get(story), direct.Get(date)));

        var updated = direct.With(DocumentContent.FromText("<p>"), story.Item("t"), story.Item("u"), new MetadataKey<int>("N").Item(3));
        Assert.Equal(("u", "<p>", 3), (updated.Get(story), Text(updated), updated.Get(new MetadataKey<int>("N"))));
        Assert.Equal(["Date", "N", "Story"], updated.Keys);
        Assert.Equal("s", direct.Get(story)); // the original is unchanged
        Assert.Throws<ArgumentNullException>(() => story.Item(null!));
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

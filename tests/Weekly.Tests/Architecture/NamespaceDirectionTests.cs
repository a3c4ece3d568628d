namespace Weekly.Tests.Architecture;

/// <summary>
/// The namespaces point one way (docs/architecture.md): each may use only the ones listed below it here. A namespace
/// using one above it (a back edge) or one beside it fails, and so does a cycle, which always contains such an edge.
/// A new namespace must be given its place in <see cref="Layers"/>.
/// </summary>
public class NamespaceDirectionTests
{
    /// <summary>Bottom first. Namespaces on one line are siblings: they may not use each other.</summary>
    public static readonly string[][] Layers =
    [
        ["Weekly.Core"],                                   // the engine: documents, modules, pipelines, diagnostics
        ["Weekly.Diagnostics", "Weekly.Domain", "Weekly.Text"], // the catalogue of codes; the content model's records; plain-text helpers
        ["Weekly.IO"],                                     // output folder, sinks, safe file names
        ["Weekly.Caching", "Weekly.Settings", "Weekly.Seeds", "Weekly.Tagging", "Weekly.Urls"],
        ["Weekly.Content"],                                // issue order, numbering, the site model's terms
        ["Weekly.Feeds", "Weekly.Search", "Weekly.Editing", "Weekly.Publishing"], // Publishing: permalinks.lock, redirects
        ["Weekly.Rendering.Maps", "Weekly.Rendering.Markup"], // China's outlines; HTML escaping, trusted HTML, JSON-LD, SVG charts, page dates
        ["Weekly.Rendering.ViewModels"],                   // what templates see
        ["Weekly.Rendering"],                              // the one renderer, requests, theme
        ["Weekly.Modules"],
        ["Weekly.Pipelines"],
        ["Weekly"],                                        // SiteBuilder: the build, step by step
        ["Weekly.Preview"],                                // preview's cache, deferred output, pages-first build
        ["Weekly.Cli.Reporting"],                          // console output the commands share
        ["Weekly.Cli.Preview"],                            // the preview server
        ["Weekly.Cli"],
    ];

    /// <summary>The assemblies whose namespaces are checked.</summary>
    private static IEnumerable<string> Assemblies() =>
        new[] { "Weekly.Core.dll", "Weekly.dll", "Weekly.Cli.dll" }.Select(name => Path.Combine(AppContext.BaseDirectory, name));

    /// <summary>The edges that break the layering: from a namespace to one not below it, or to one not listed.</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyDictionary<(string From, string To), string> edges, string[][] layers)
    {
        var level = layers.SelectMany((names, i) => names.Select(n => (n, i))).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var ((from, to), example) in edges.OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal))
        {
            if (!level.TryGetValue(from, out var f)) problems.Add($"{from} is not in the layer list; give it a place ({example})");
            else if (!level.TryGetValue(to, out var t)) problems.Add($"{to} is not in the layer list; give it a place ({example})");
            else if (t >= f) problems.Add($"{from} -> {to} points {(t == f ? "sideways" : "up")}: {example}");
        }
        return problems;
    }

    [Fact]
    public void Namespaces_only_use_namespaces_below_them()
    {
        var edges = NamespaceLayers.Edges(Assemblies());
        Assert.True(edges.Count > 40, $"only {edges.Count} edges found: is the reader looking at the right assemblies?");
        var problems = Violations(edges, Layers);
        Assert.True(problems.Count == 0, "Namespace layering broken:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_namespace_of_the_source_has_a_layer()
    {
        var listed = Layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
        var found = NamespaceLayers.Edges(Assemblies()).Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal([], found.Where(n => !listed.Contains(n)));
        Assert.Equal([], listed.Where(n => !found.Contains(n)));
    }

    [Fact]
    public void A_back_edge_or_a_cycle_is_caught()
    {
        var edges = new Dictionary<(string, string), string>
        {
            [("Weekly.Rendering", "Weekly.Urls")] = "fine",
            [("Weekly.Urls", "Weekly.Rendering")] = "Permalinks uses SiteRenderer",
            [("Weekly.Feeds", "Weekly.Search")] = "FeedBuilder uses SearchIndex",
        };
        Assert.Equal(
            [
                "Weekly.Feeds -> Weekly.Search points sideways: FeedBuilder uses SearchIndex",
                "Weekly.Urls -> Weekly.Rendering points up: Permalinks uses SiteRenderer",
            ],
            Violations(edges, Layers));
    }

    /// <summary>
    /// <see cref="NamespaceLayers.Edges"/> reads a back edge out of compiled code: the fixture types in
    /// <c>BackEdgeFixture.cs</c> (this assembly) have a lower namespace calling an upper one. A namespace that uses the
    /// upper one only through a <c>const</c> and an enum value shows no edge: the compiler copies those values in, so the
    /// reader cannot see them (see <see cref="NamespaceLayers"/>).
    /// </summary>
    [Fact]
    public void A_back_edge_in_compiled_code_is_found()
    {
        const string Fixture = "Weekly.Tests.Architecture.BackEdge.";
        var edges = NamespaceLayers.Edges([typeof(NamespaceDirectionTests).Assembly.Location])
            .Where(e => e.Key.From.StartsWith(Fixture, StringComparison.Ordinal) && e.Key.To.StartsWith(Fixture, StringComparison.Ordinal))
            .ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(
            [(Fixture + "High", Fixture + "ConstOnly"), (Fixture + "High", Fixture + "Low"), (Fixture + "Low", Fixture + "High")],
            edges.Keys.Order());
        Assert.Equal(
            [$"{Fixture}Low -> {Fixture}High points up: {Fixture}Low.LowCaller uses {Fixture}High.HighService (Use call)"],
            Violations(edges, [[Fixture + "Low", Fixture + "ConstOnly"], [Fixture + "High"]]));
    }
}

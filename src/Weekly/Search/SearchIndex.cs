using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Weekly.Modules;

namespace Weekly.Search;

/// <summary>One story as the search index knows it.</summary>
/// <param name="Headline">Headline (shown in results; indexed).</param>
/// <param name="Url">Site-relative story URL.</param>
/// <param name="IssueTitle">The story's issue title (shown in results; not indexed).</param>
/// <param name="Date">The date to show, e.g. <c>6 January 2020</c>.</param>
/// <param name="Excerpt">A short excerpt to show (not indexed itself: the body is).</param>
/// <param name="Texts">Indexed text units: headline, body paragraphs, region and topic names. Phrases never span two units.</param>
public sealed record SearchDocument(string Headline, string Url, string IssueTitle, string Date, string Excerpt, IReadOnlyList<string> Texts);

/// <summary>
/// Builds the static full-text search index: an inverted index cut into shards along a trie of key
/// prefixes, so a query fetches a few small files however many issues the site has, and a small site
/// gets a few files only. Keys are tokens (<see cref="SearchText"/>) and word pairs <c>"first second"</c>
/// (adjacent tokens within one text unit, for phrases). Files (URLs from <see cref="Permalinks"/>):
/// <list type="bullet">
/// <item><c>/search/index.json</c>, the manifest: <c>{"version":1,"stories":N,"chunkSize":C,"docs":"/search/d/","terms":"/search/t/","shards":[…],"split":[…]}</c>;</item>
/// <item><c>/search/d/&lt;k&gt;.json</c>: stories <c>k*C</c> to <c>k*C+C-1</c> as <c>[headline, url, issue title, date, excerpt]</c>;
/// story ids are positions in the site's story order (newest first), so results come out newest first;</item>
/// <item><c>/search/t/&lt;file&gt;.json</c>: <c>{"key":"postings"}</c> for the keys of one shard.</item>
/// </list>
/// Shards: all keys start in the shard named <c>""</c>; a shard over <see cref="ShardTarget"/> characters is
/// split: keys longer than its name move to child shards named by one more character (UTF-16 code unit), the
/// key equal to its name (if any) stays. <c>split</c> lists the split names, <c>shards</c> every shard that has
/// keys, both in ordinal order. To find a key, start at <c>""</c> and, while the name is split and the key is
/// longer, extend the name by the key's next character. A shard's file name is its name with <c>a-z 0-9</c> kept,
/// a space as <c>-</c>, any other code unit as <c>_hex_</c>, and <c>_</c> alone for the root (<see cref="FileName"/>).
/// Postings are the ascending story ids, delta-encoded, in base 36, joined by commas (<c>"0,1,a"</c> = 0, 1, 11).
/// JSON is written with System.Text.Json (<c>&lt; &gt; &amp;</c> escaped, CJK kept); keys and files in ordinal order,
/// so the output is byte-for-byte deterministic.
/// </summary>
public static class SearchIndex
{
    /// <summary>Index format version, in the manifest.</summary>
    public const int Version = 1;

    /// <summary>Stories per document chunk.</summary>
    public const int ChunkSize = 100;

    /// <summary>A shard larger than this many characters of keys and postings is split (about 24 KB).</summary>
    public const int ShardTarget = 24_000;

    /// <summary>Folder of the shards, <c>/search/t/</c>.</summary>
    public const string TermsUrl = "/search/t/";

    /// <summary>Folder of the document chunks, <c>/search/d/</c>.</summary>
    public const string DocsUrl = "/search/d/";

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>Builds the index files for <paramref name="stories"/> (in site order) as (site-relative URL, UTF-8 JSON text) pairs, manifest first.</summary>
    public static IReadOnlyList<(string Url, string Json)> Build(IReadOnlyList<SearchDocument> stories)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        // Tokenizing is most of the work: done in parallel a batch of stories at a time (bounded memory),
        // then added in story order, so the postings are the same as a sequential pass.
        const int batch = 1024;
        for (var first = 0; first < stories.Count; first += batch)
        {
            var tokenized = Enumerable.Range(first, Math.Min(batch, stories.Count - first)).AsParallel().AsOrdered()
                .Select(id => stories[id].Texts.Select(SearchText.Tokenize).ToList())
                .ToList();
            for (var k = 0; k < tokenized.Count; k++)
            {
                var id = first + k;
                foreach (var tokens in tokenized[k])
                {
                    for (var i = 0; i < tokens.Count; i++)
                    {
                        Add(postings, tokens[i], id);
                        if (i + 1 < tokens.Count) Add(postings, tokens[i] + " " + tokens[i + 1], id);
                    }
                }
            }
        }
        var entries = postings
            .Select(kv => (Key: kv.Key, Postings: Encode(kv.Value)))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
        var shards = new List<(string Name, List<(string Key, string Postings)> Entries)>();
        var split = new List<string>();
        Split("", entries, shards, split);
        shards.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        split.Sort(StringComparer.Ordinal);

        var files = new List<(string, string)>();
        var chunks = (stories.Count + ChunkSize - 1) / ChunkSize;
        var manifest = new Dictionary<string, object>
        {
            ["version"] = Version,
            ["stories"] = stories.Count,
            ["chunkSize"] = ChunkSize,
            ["docs"] = DocsUrl,
            ["terms"] = TermsUrl,
            ["shards"] = shards.Select(s => s.Name).ToList(),
            ["split"] = split,
        };
        files.Add((Permalinks.SearchIndex, JsonSerializer.Serialize(manifest, Json)));
        for (var k = 0; k < chunks; k++)
        {
            var docs = stories.Skip(k * ChunkSize).Take(ChunkSize).Select(s => new[] { s.Headline, s.Url, s.IssueTitle, s.Date, s.Excerpt }).ToList();
            files.Add(($"{DocsUrl}{k.ToString(CultureInfo.InvariantCulture)}.json", JsonSerializer.Serialize(docs, Json)));
        }
        foreach (var (name, shardEntries) in shards)
        {
            var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, ids) in shardEntries) map[key] = ids;
            files.Add(($"{TermsUrl}{FileName(name)}.json", JsonSerializer.Serialize(map, Json)));
        }
        return files;
    }

    /// <summary>
    /// The file name (without <c>.json</c>) of the shard named <paramref name="name"/>: <c>_</c> for the root,
    /// else <c>a-z</c> and <c>0-9</c> kept, a space as <c>-</c>, any other UTF-16 code unit as <c>_</c> + lower-case hex + <c>_</c>
    /// (<c>"fu"</c> → <c>fu</c>, <c>"the t"</c> → <c>the-t</c>, <c>"区"</c> → <c>_533a_</c>).
    /// </summary>
    public static string FileName(string name)
    {
        if (name.Length == 0) return "_";
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (c == ' ') sb.Append('-');
            else sb.Append('_').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append('_');
        }
        return sb.ToString();
    }

    /// <summary>Delta-encodes ascending ids in base 36, comma-separated.</summary>
    public static string Encode(IReadOnlyList<int> ascendingIds)
    {
        var sb = new StringBuilder(ascendingIds.Count * 3);
        var previous = 0;
        for (var i = 0; i < ascendingIds.Count; i++)
        {
            if (i > 0) sb.Append(',');
            AppendBase36(sb, ascendingIds[i] - previous);
            previous = ascendingIds[i];
        }
        return sb.ToString();
    }

    private static void Split(string name, List<(string Key, string Postings)> entries, List<(string, List<(string, string)>)> shards, List<string> split)
    {
        var size = entries.Sum(e => e.Key.Length + e.Postings.Length + 6);
        if (size <= ShardTarget || entries.All(e => e.Key.Length == name.Length))
        {
            if (entries.Count > 0) shards.Add((name, entries));
            return;
        }
        split.Add(name);
        var exact = entries.Where(e => e.Key.Length == name.Length).ToList();
        if (exact.Count > 0) shards.Add((name, exact));
        foreach (var group in entries.Where(e => e.Key.Length > name.Length).GroupBy(e => e.Key[name.Length]))
        {
            Split(name + group.Key, group.ToList(), shards, split);
        }
    }

    private static void Add(Dictionary<string, List<int>> postings, string key, int id)
    {
        if (!postings.TryGetValue(key, out var ids)) postings[key] = ids = [];
        if (ids.Count == 0 || ids[^1] != id) ids.Add(id);
    }

    private static void AppendBase36(StringBuilder sb, int value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<char> buffer = stackalloc char[8];
        var n = 0;
        do
        {
            buffer[n++] = digits[value % 36];
            value /= 36;
        } while (value > 0);
        for (var i = n - 1; i >= 0; i--) sb.Append(buffer[i]);
    }
}

using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Weekly.Urls;

namespace Weekly.Search;

/// <summary>
/// Builds the static full-text search index (format: <c>docs/search-index.md</c>): an inverted index of tokens and
/// word pairs (<see cref="SearchKeys"/>) cut into shards along a trie of key prefixes (<see cref="SearchShards"/>),
/// postings delta-encoded in base 36 (<see cref="Postings"/>), stories in chunks; JSON written with
/// <see cref="Utf8JsonWriter"/>, keys and files in ordinal order, so the bytes are the same on every machine.
/// </summary>
public static class SearchIndex
{
    /// <summary>Index format version, in the manifest.</summary>
    public const int Version = 2;

    /// <summary>
    /// Stories per document chunk. Small, since a query's first results are spread over the site (ranked, they are not
    /// the newest stories): 20 stories are about 10 KB, 3 KB compressed.
    /// </summary>
    public const int ChunkSize = 20;

    /// <summary>A shard larger than this many characters of keys and postings is split (about 24 KB).</summary>
    public const int ShardTarget = 24_000;

    /// <summary>Folder of the shards, <c>/search/t/</c>.</summary>
    public const string TermsUrl = "/search/t/";

    /// <summary>Folder of the document chunks, <c>/search/d/</c>.</summary>
    public const string DocsUrl = "/search/d/";

    private static readonly JsonWriterOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>Builds the index files for <paramref name="stories"/> (in site order) as (site-relative URL, UTF-8 JSON bytes) pairs, manifest first.</summary>
    /// <param name="stories">Every story, newest first: a story's id is its position.</param>
    /// <param name="facets">The filters the search page offers, listed in the manifest; stories carry their keys (<see cref="SearchDocument.Facets"/>).</param>
    public static IReadOnlyList<(string Url, byte[] Json)> Build(IReadOnlyList<SearchDocument> stories, IReadOnlyList<SearchFacet>? facets = null)
    {
        var (names, offsets, ids) = SearchKeys.Collect(stories).Entries();
        // Shard sizes in characters: key + postings + 6 for the quotes, colon and comma around them.
        var lengths = new int[names.Length];
        var sizes = new long[names.Length + 1]; // prefix sums: entries [from, to) take sizes[to] - sizes[from]
        for (var i = 0; i < names.Length; i++)
        {
            lengths[i] = Postings.EncodedLength(ids.AsSpan(offsets[i]..offsets[i + 1]));
            sizes[i + 1] = sizes[i] + names[i].Length + lengths[i] + 6;
        }
        var (shards, split) = SearchShards.Cut(names, sizes);

        var chunks = (stories.Count + ChunkSize - 1) / ChunkSize;
        var files = new List<(string, byte[])>(1 + chunks + shards.Count);
        using var json = new JsonFiles();
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteNumber("version", Version);
        w.WriteNumber("stories", stories.Count);
        w.WriteNumber("chunkSize", ChunkSize);
        w.WriteString("docs", DocsUrl);
        w.WriteString("terms", TermsUrl);
        w.WriteStartArray("shards");
        foreach (var shard in shards) w.WriteStringValue(shard.Name);
        w.WriteEndArray();
        w.WriteStartArray("split");
        foreach (var name in split) w.WriteStringValue(name);
        w.WriteEndArray();
        w.WriteStartArray("facets");
        foreach (var facet in facets ?? [])
        {
            w.WriteStartObject();
            w.WriteString("name", facet.Name);
            w.WriteString("label", facet.Label);
            w.WriteStartArray("values");
            foreach (var (key, label) in facet.Values)
            {
                w.WriteStartArray();
                w.WriteStringValue(key);
                w.WriteStringValue(label);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        files.Add((Permalinks.SearchIndex, json.Take()));

        for (var k = 0; k < chunks; k++)
        {
            w.WriteStartArray();
            for (var id = k * ChunkSize; id < Math.Min(stories.Count, k * ChunkSize + ChunkSize); id++)
            {
                var story = stories[id];
                w.WriteStartArray();
                w.WriteStringValue(story.Headline);
                w.WriteStringValue(story.Url);
                w.WriteStringValue(story.IssueTitle);
                w.WriteStringValue(story.Date);
                w.WriteStringValue(story.Excerpt);
                w.WriteStringValue(story.DateIso);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            files.Add(($"{DocsUrl}{k.ToString(CultureInfo.InvariantCulture)}.json", json.Take()));
        }

        var value = new byte[256]; // one key's postings as a JSON string: base-36 digits and commas in quotes, nothing to escape
        foreach (var (name, from, to) in shards)
        {
            w.WriteStartObject();
            for (var i = from; i < to; i++)
            {
                if (value.Length < lengths[i] + 2) value = new byte[Math.Max(lengths[i] + 2, value.Length * 2)];
                value[0] = (byte)'"';
                Postings.EncodeTo(ids.AsSpan(offsets[i]..offsets[i + 1]), value.AsSpan(1));
                value[lengths[i] + 1] = (byte)'"';
                w.WritePropertyName(names[i]);
                w.WriteRawValue(value.AsSpan(0, lengths[i] + 2), skipInputValidation: true);
            }
            w.WriteEndObject();
            files.Add(($"{TermsUrl}{SearchShards.FileName(name)}.json", json.Take()));
        }
        return files;
    }

    /// <summary>One <see cref="Utf8JsonWriter"/> and buffer reused for file after file: write a file's JSON, then <see cref="Take"/> its bytes.</summary>
    private sealed class JsonFiles : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

        public JsonFiles() => Writer = new Utf8JsonWriter(_buffer, Json);

        public Utf8JsonWriter Writer { get; }

        /// <summary>The bytes written since the last call; the writer starts a new file.</summary>
        public byte[] Take()
        {
            Writer.Flush();
            var bytes = IO.ByteBuffers.Copy(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
            Writer.Reset(_buffer);
            return bytes;
        }

        public void Dispose() => Writer.Dispose();
    }
}

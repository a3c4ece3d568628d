using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Weekly.Urls;

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
/// a space as <c>-</c>, any other code unit as <c>_hex_</c>, <c>_</c> alone for the root, and <c>_</c> after a Windows device
/// name (<c>con</c> → <c>con_</c>; <see cref="FileName"/>).
/// Postings are the ascending story ids, delta-encoded, in base 36, joined by commas (<c>"0,1,a"</c> = 0, 1, 11).
/// JSON is written with System.Text.Json's <see cref="Utf8JsonWriter"/> (<c>&lt; &gt; &amp;</c> escaped, CJK kept); keys and files in ordinal order,
/// so the output is byte-for-byte deterministic.
/// </summary>
public static partial class SearchIndex
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

    private static readonly JsonWriterOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>Builds the index files for <paramref name="stories"/> (in site order) as (site-relative URL, UTF-8 JSON bytes) pairs, manifest first.</summary>
    public static IReadOnlyList<(string Url, byte[] Json)> Build(IReadOnlyList<SearchDocument> stories)
    {
        var (names, offsets, ids) = Index(stories).Entries();
        // Shard sizes in characters: key + postings + 6 for the quotes, colon and comma around them.
        var lengths = new int[names.Length];
        var sizes = new long[names.Length + 1]; // prefix sums: entries [from, to) take sizes[to] - sizes[from]
        for (var i = 0; i < names.Length; i++)
        {
            lengths[i] = EncodedLength(ids.AsSpan(offsets[i]..offsets[i + 1]));
            sizes[i + 1] = sizes[i] + names[i].Length + lengths[i] + 6;
        }
        var shards = new List<(string Name, int From, int To)>();
        var split = new List<string>();
        Split("", 0, names.Length, names, sizes, shards, split);
        shards.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        split.Sort(StringComparer.Ordinal);

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
                EncodeTo(ids.AsSpan(offsets[i]..offsets[i + 1]), value.AsSpan(1));
                value[lengths[i] + 1] = (byte)'"';
                w.WritePropertyName(names[i]);
                w.WriteRawValue(value.AsSpan(0, lengths[i] + 2), skipInputValidation: true);
            }
            w.WriteEndObject();
            files.Add(($"{TermsUrl}{FileName(name)}.json", json.Take()));
        }
        return files;
    }

    /// <summary>Every story's keys: its texts' tokens and the pairs of adjacent tokens within one text.</summary>
    private static KeyTable Index(IReadOnlyList<SearchDocument> stories)
    {
        var keys = new KeyTable();
        char[]? buffer = null;
        for (var id = 0; id < stories.Count; id++)
        {
            foreach (var text in stories[id].Texts)
            {
                var tokenizer = new SearchText.Tokenizer(SearchText.Normalize(text, ref buffer));
                var previous = -1;
                while (tokenizer.Next(out var token))
                {
                    var word = keys.AddWord(token, id);
                    if (previous >= 0) keys.AddPair(previous, word, id);
                    previous = word;
                }
            }
        }
        return keys;
    }

    /// <summary>
    /// The file name (without <c>.json</c>) of the shard named <paramref name="name"/>: <c>_</c> for the root,
    /// else <c>a-z</c> and <c>0-9</c> kept, a space as <c>-</c>, any other UTF-16 code unit as <c>_</c> + lower-case hex + <c>_</c>
    /// (<c>"fu"</c> → <c>fu</c>, <c>"the t"</c> → <c>the-t</c>, <c>"区"</c> → <c>_533a_</c>), with <c>_</c> appended to a Windows
    /// device name (<c>"con"</c> → <c>con_</c>, <c>"com1"</c> → <c>com1_</c>), which no output file may be called (<see cref="IO.OutputPath"/>).
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
        // Windows device names (con, nul, com1 ...) are no file names there, and the build refuses them (OutputPath,
        // WK0013): a shard for keys starting "con" would fail the build. One trailing '_' cannot come from an escape.
        if (IO.FileNames.IsWindowsDeviceName(sb.ToString())) sb.Append('_');
        return sb.ToString();
    }

    /// <summary>Delta-encodes ascending ids in base 36, comma-separated.</summary>
    public static string Encode(IReadOnlyList<int> ascendingIds)
    {
        var ids = ascendingIds.ToArray();
        var bytes = new byte[EncodedLength(ids)];
        EncodeTo(ids, bytes);
        return Encoding.ASCII.GetString(bytes);
    }

    /// <summary>Length in characters (= UTF-8 bytes) of <see cref="Encode"/>'s text for <paramref name="ascendingIds"/>.</summary>
    private static int EncodedLength(ReadOnlySpan<int> ascendingIds)
    {
        var length = Math.Max(0, ascendingIds.Length - 1); // commas
        var previous = 0;
        foreach (var id in ascendingIds)
        {
            var delta = id - previous;
            previous = id;
            do
            {
                length++;
                delta /= 36;
            } while (delta > 0);
        }
        return length;
    }

    /// <summary>Writes <see cref="Encode"/>'s text for <paramref name="ascendingIds"/> as ASCII to the start of <paramref name="destination"/> (at least <see cref="EncodedLength"/> bytes).</summary>
    private static void EncodeTo(ReadOnlySpan<int> ascendingIds, Span<byte> destination)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<byte> reversed = stackalloc byte[8];
        var n = 0;
        var previous = 0;
        for (var i = 0; i < ascendingIds.Length; i++)
        {
            if (i > 0) destination[n++] = (byte)',';
            var delta = ascendingIds[i] - previous;
            previous = ascendingIds[i];
            var count = 0;
            do
            {
                reversed[count++] = (byte)digits[delta % 36];
                delta /= 36;
            } while (delta > 0);
            while (count > 0) destination[n++] = reversed[--count];
        }
    }

    /// <summary>
    /// Cuts the keys <c>names[from..to)</c> (ordinal order, all starting with <paramref name="name"/>) into shards as the
    /// type's summary describes; <paramref name="sizes"/> are prefix sums of the entries' sizes.
    /// </summary>
    private static void Split(string name, int from, int to, string[] names, long[] sizes, List<(string, int, int)> shards, List<string> split)
    {
        if (from == to) return;
        // Keys are distinct and share the prefix, so only the first can equal the name (a prefix sorts first).
        var exact = names[from].Length == name.Length ? 1 : 0;
        if (sizes[to] - sizes[from] <= ShardTarget || to - from == exact)
        {
            shards.Add((name, from, to));
            return;
        }
        split.Add(name);
        if (exact > 0) shards.Add((name, from, from + 1));
        // The keys after it are longer, and those with the same next character are adjacent.
        for (var start = from + exact; start < to;)
        {
            var next = names[start][name.Length];
            var end = start + 1;
            while (end < to && names[end][name.Length] == next) end++;
            Split(name + next, start, end, names, sizes, shards, split);
            start = end;
        }
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

    /// <summary>
    /// The keys seen so far and their postings. Words are looked up by their characters (no string per token), word
    /// pairs by the two words' key numbers (no string per pair: those are made once, at the end). Postings are kept
    /// as one flat list of key numbers, story after story, each key once per story, and grouped by key at the end:
    /// a few arrays instead of a list per key.
    /// </summary>
    private sealed class KeyTable
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words =
            new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly Dictionary<Pair, int> _pairs = [];
        private readonly List<(string? Word, int First, int Second)> _keys = []; // by key number; Word null for a pair
        private int[] _lastStory = new int[1024]; // by key number: 1 + the story id last added, 0 for none
        private int[] _counts = new int[1024]; // by key number: how many stories
        // Occurrences: each story's id as ~id (negative), then its keys' numbers, each once, in fixed-size blocks
        // (no copying as they grow; 4.4 million at 1,000 issues).
        private const int BlockSize = 1 << 16;
        private readonly List<int[]> _blocks = [];
        private int[] _block = [];
        private int _used;
        private int _story = -1;

        /// <summary>Adds story <paramref name="id"/> (not below any id added before) to word <paramref name="token"/>'s postings; returns the word's key number.</summary>
        public int AddWord(ReadOnlySpan<char> token, int id)
        {
            ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(_words, token, out var exists);
            if (!exists) key = NewKey(token.ToString(), 0, 0);
            Add(key, id);
            return key;
        }

        /// <summary>Adds story <paramref name="id"/> to the postings of the pair "first second" (words' key numbers).</summary>
        public void AddPair(int first, int second, int id)
        {
            ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairs, new Pair(first, second), out var exists);
            if (!exists) key = NewKey(null, first, second);
            Add(key, id);
        }

        private int NewKey(string? word, int first, int second)
        {
            var key = _keys.Count;
            _keys.Add((word, first, second));
            if (key == _counts.Length)
            {
                Array.Resize(ref _counts, key * 2);
                Array.Resize(ref _lastStory, key * 2);
            }
            return key;
        }

        private void Add(int key, int id)
        {
            if (_lastStory[key] == id + 1) return;
            _lastStory[key] = id + 1;
            _counts[key]++;
            if (id != _story)
            {
                Append(~id);
                _story = id;
            }
            Append(key);
        }

        private void Append(int value)
        {
            if (_used == _block.Length)
            {
                _blocks.Add(_block = new int[BlockSize]);
                _used = 0;
            }
            _block[_used++] = value;
        }

        /// <summary>
        /// Every key (words and pairs) in ordinal order, with its postings: those of key <c>Names[i]</c> are
        /// <c>Ids[Offsets[i]..Offsets[i + 1]]</c>, ascending.
        /// </summary>
        public (string[] Names, int[] Offsets, int[] Ids) Entries()
        {
            var n = _keys.Count;
            var names = new string[n];
            var order = new int[n];
            for (var k = 0; k < n; k++)
            {
                var (word, first, second) = _keys[k];
                names[k] = word ?? string.Concat(_keys[first].Word, " ", _keys[second].Word);
                order[k] = k;
            }
            Array.Sort(names, order, StringComparer.Ordinal);
            var offsets = new int[n + 1];
            var next = new int[n]; // by key number: where its next story id goes
            for (var i = 0; i < n; i++)
            {
                next[order[i]] = offsets[i];
                offsets[i + 1] = offsets[i] + _counts[order[i]];
            }
            var ids = new int[offsets[n]];
            var story = 0;
            foreach (var block in _blocks)
            {
                foreach (var value in ReferenceEquals(block, _block) ? block.AsSpan(0, _used) : block)
                {
                    if (value < 0) story = ~value;
                    else ids[next[value]++] = story;
                }
            }
            return (names, offsets, ids);
        }
    }

    /// <summary>
    /// Two words' key numbers, as a dictionary key hashed by Fibonacci hashing: a pair of small numbers hashed the usual way
    /// (<c>first ^ second</c>, as <see cref="long.GetHashCode"/> does) collides by the thousand.
    /// </summary>
    private readonly record struct Pair(int First, int Second)
    {
        public override int GetHashCode() => (int)(((ulong)(uint)First << 32 | (uint)Second) * 0x9E37_79B9_7F4A_7C15UL >> 32);
    }
}

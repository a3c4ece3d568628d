using System.Runtime.InteropServices;

namespace Weekly.Search;

/// <summary>
/// The index's keys and their postings: every story's tokens (<see cref="SearchText"/>) and the pairs of adjacent
/// tokens within one text unit. Words are looked up by their characters (no string per token), word
/// pairs by the two words' key numbers (no string per pair: those are made once, at the end). Postings are kept
/// as one flat list of key numbers, story after story, each key once per story, and grouped by key at the end:
/// a few arrays instead of a list per key. A story's headline is read first, so a key first met in it is a
/// headline match (flag bit 0 of each occurrence and posting); facet keys (<c>region:fujian</c>) are added whole.
/// </summary>
internal sealed class SearchKeys
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words =
        new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly Dictionary<Pair, int> _pairs = [];
    private readonly List<(string? Word, int First, int Second)> _keys = []; // by key number; Word null for a pair
    private int[] _lastStory = new int[1024]; // by key number: 1 + the story id last added, 0 for none
    private int[] _counts = new int[1024]; // by key number: how many stories
    // Occurrences: each story's id as ~id (negative), then its keys' numbers times 2 plus 1 for a headline match,
    // each key once, in fixed-size blocks (no copying as they grow).
    private const int BlockSize = 1 << 16;
    private readonly List<int[]> _blocks = [];
    private int[] _block = [];
    private int _used;
    private int _story = -1;

    private SearchKeys()
    {
    }

    /// <summary>Every key of <paramref name="stories"/> (in site order: a story's id is its position).</summary>
    public static SearchKeys Collect(IReadOnlyList<SearchDocument> stories)
    {
        var keys = new SearchKeys();
        char[]? buffer = null;
        for (var id = 0; id < stories.Count; id++)
        {
            var story = stories[id];
            keys.AddText(story.Headline, id, headline: true, ref buffer);
            foreach (var text in story.Texts) keys.AddText(text, id, headline: false, ref buffer);
            foreach (var facet in story.Facets) keys.AddWord(facet, id, headline: false);
        }
        return keys;
    }

    /// <summary>
    /// Adds the tokens of one text unit of story <paramref name="id"/>, the pairs of adjacent tokens, and the words two
    /// words joined by one <see cref="SearchText.IsJoiner"/> make (<c>tai'an</c> → <c>taian</c>; not a possessive's lone <c>s</c>).
    /// </summary>
    private void AddText(string text, int id, bool headline, ref char[]? buffer)
    {
        var normalized = SearchText.Normalize(text, ref buffer);
        var tokenizer = new SearchText.Tokenizer(normalized);
        var previous = -1;
        var previousEnd = -1; // where the previous token ends, and its length
        var previousLength = 0;
        while (tokenizer.Next(out var token))
        {
            var word = AddWord(token, id, headline);
            var start = tokenizer.End - token.Length;
            if (previous >= 0)
            {
                AddPair(previous, word, id, headline);
                var before = normalized[(previousEnd - previousLength)..previousEnd];
                if (start == previousEnd + 1 && SearchText.IsJoiner(normalized[previousEnd]) && token.Length > 1
                    && char.IsLetter(before[^1]) && char.IsLetter(token[0]) && !SearchText.IsCjk(before[^1]) && !SearchText.IsCjk(token[0]))
                {
                    AddWord(string.Concat(before, token), id, headline);
                }
            }
            previous = word;
            previousEnd = tokenizer.End;
            previousLength = token.Length;
        }
    }

    /// <summary>Adds story <paramref name="id"/> (not below any id added before) to word <paramref name="token"/>'s postings; returns the word's key number.</summary>
    private int AddWord(ReadOnlySpan<char> token, int id, bool headline)
    {
        ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(_words, token, out var exists);
        if (!exists) key = NewKey(token.ToString(), 0, 0);
        Add(key, id, headline);
        return key;
    }

    /// <summary>Adds story <paramref name="id"/> to the postings of the pair "first second" (words' key numbers).</summary>
    private void AddPair(int first, int second, int id, bool headline)
    {
        ref var key = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairs, new Pair(first, second), out var exists);
        if (!exists) key = NewKey(null, first, second);
        Add(key, id, headline);
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

    private void Add(int key, int id, bool headline)
    {
        if (_lastStory[key] == id + 1) return;
        _lastStory[key] = id + 1;
        _counts[key]++;
        if (id != _story)
        {
            Append(~id);
            _story = id;
        }
        Append(key << 1 | (headline ? 1 : 0));
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
    /// Every key (words, pairs, facets) in ordinal order, with its postings: those of key <c>Names[i]</c> are
    /// <c>Ids[Offsets[i]..Offsets[i + 1]]</c>, ascending, each a story id times 2 plus 1 when it is a headline match.
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
                else ids[next[value >> 1]++] = story << 1 | (value & 1);
            }
        }
        return (names, offsets, ids);
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

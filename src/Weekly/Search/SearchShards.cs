using System.Globalization;
using System.Text;

namespace Weekly.Search;

/// <summary>
/// Cuts the index's keys into shards along a trie of key prefixes and names the shard files, by the rules in
/// <see cref="SearchIndex"/>'s summary (which <c>theme/assets/js/search.js</c> follows to find a key's shard).
/// </summary>
internal static class SearchShards
{
    /// <summary>
    /// Cuts all keys <paramref name="names"/> (distinct, ordinal order) into shards; <paramref name="sizes"/> are
    /// prefix sums of the entries' sizes in characters (entries <c>[from, to)</c> take <c>sizes[to] - sizes[from]</c>).
    /// Returns every shard that has keys, as its name and its entries <c>[From, To)</c>, and the names of the split
    /// shards, both in ordinal order.
    /// </summary>
    public static (List<(string Name, int From, int To)> Shards, List<string> Split) Cut(string[] names, long[] sizes)
    {
        var shards = new List<(string Name, int From, int To)>();
        var split = new List<string>();
        Split("", 0, names.Length, names, sizes, shards, split);
        shards.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        split.Sort(StringComparer.Ordinal);
        return (shards, split);
    }

    /// <summary>
    /// The file name (without <c>.json</c>) of the shard named <paramref name="name"/>, e.g. <c>""</c> → <c>_</c>,
    /// <c>"fu"</c> → <c>fu</c>, <c>"the t"</c> → <c>the-t</c>, <c>"区"</c> → <c>_533a_</c>, <c>"con"</c> → <c>con_</c>.
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

    /// <summary>Cuts the keys <c>names[from..to)</c>, all starting with <paramref name="name"/>, into the shard <paramref name="name"/> or its children.</summary>
    private static void Split(string name, int from, int to, string[] names, long[] sizes, List<(string, int, int)> shards, List<string> split)
    {
        if (from == to) return;
        // Keys are distinct and share the prefix, so only the first can equal the name (a prefix sorts first).
        var exact = names[from].Length == name.Length ? 1 : 0;
        if (sizes[to] - sizes[from] <= SearchIndex.ShardTarget || to - from == exact)
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
}

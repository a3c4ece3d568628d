using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Weekly.Tests.Seeds.Properties;

/// <summary>One line of a generated seed: its text as written and the unique marker word it carries (null for boilerplate and stray punctuation).</summary>
public sealed record SeedLine(string Text, string? Marker);

/// <summary>
/// A seed made by <see cref="SeedGenerators"/>: paragraphs (each one or two lines) with the blank lines
/// before each, written with a chosen line end, with or without a BOM and front matter.
/// </summary>
public sealed record GeneratedSeed(IReadOnlyList<(int Blanks, IReadOnlyList<SeedLine> Lines)> Paragraphs, string LineEnd, bool Bom, bool FrontMatter)
{
    /// <summary>Every line carrying a marker.</summary>
    public IEnumerable<SeedLine> MarkedLines => Paragraphs.SelectMany(p => p.Lines).Where(l => l.Marker is not null);

    /// <summary>The seed's text, LF line ends (before <see cref="LineEnd"/> is applied).</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder();
            if (FrontMatter) text.Append("---\ndate: 2020-01-06\n---\n");
            var first = true;
            foreach (var (blanks, lines) in Paragraphs)
            {
                if (!first) text.Append('\n', blanks);
                first = false;
                foreach (var line in lines) text.Append(line.Text).Append('\n');
            }
            return text.ToString();
        }
    }

    /// <summary>The seed's bytes as a file: UTF-8, the chosen line end, an optional BOM.</summary>
    public byte[] Bytes
    {
        get
        {
            var body = Encoding.UTF8.GetBytes(Text.Replace("\n", LineEnd, StringComparison.Ordinal));
            return Bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
        }
    }

    /// <summary>Shown by FsCheck for a failing case.</summary>
    public override string ToString() => $"line end {LineEnd.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}, BOM {Bom}:\n{Text}";
}

/// <summary>
/// Generators of seeds in the shapes real issues take (DESIGN.md §1 and issue #6's variations): a title
/// line with <c>丨</c>, <c>|</c>, <c>｜</c> or no newsletter name; intro paragraphs, image captions, stray
/// <c>. .</c>; known and unknown section headings in any case; headlines with and without colon,
/// numbered, long with commas; bodies with "On January 4," or a bare "August 7:" or no date, some
/// wrapped over two lines; commentary; footer and boilerplate; random Unicode lines anywhere; one to
/// three blank lines between paragraphs, tabs, non-breaking and zero-width characters.
/// Every line except boilerplate and stray punctuation carries a unique marker word (<c>qz</c> + 4 letters).
/// </summary>
public static class SeedGenerators
{
    private static readonly string[] Words = ["blockchain", "Fuzhou", "policy", "zone", "“chain”", "bank", "platform", "data", "pilot", "Xiong'an", "区块链", "finance", "the", "of", "and", "digital", "tax"];
    private static readonly string[] Places = ["Fuzhou", "Beijing", "Quanzhou", "Mayor of Fuzhou", "Everbright Bank", "Jiangsu Province", "Shenzhen"];
    private static readonly string[] Known = ["Government Updates", "government update", "INDUSTRIAL POLICY", "Industrial Policies", "Research Institute", "Application Landing", "Listed Companies"];
    private static readonly string[] Unknown = ["Market Watch", "Talent Moves", "Court Cases"];
    private static readonly string[] Months = ["January", "February", "August", "December"];
    private static readonly string[] Separators = [" 丨 ", " | ", " ｜ ", "丨"];

    /// <summary>The arbitrary of generated seeds (no shrinking).</summary>
    public static Arbitrary<GeneratedSeed> Seeds() => Arb.From(SeedGen());

    /// <summary>Arbitrary bytes: random byte arrays, and random Unicode strings encoded as UTF-8, UTF-16 or with NULs.</summary>
    public static Arbitrary<byte[]> Bytes() => Arb.From(Gen.OneOf(
        ArbMap.Default.GeneratorFor<byte[]>(),
        from s in ArbMap.Default.GeneratorFor<UnicodeString>()
        from kind in Gen.Choose(0, 3)
        select kind switch
        {
            0 => Encoding.UTF8.GetBytes(s.Item ?? ""),
            1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(s.Item ?? "")],
            2 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(s.Item ?? "")],
            _ => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes((s.Item ?? "") + "\n---\n")],
        }));

    private static Gen<GeneratedSeed> SeedGen() =>
        from title in Title()
        from intro in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(Gen.Frequency((5, Intro()), (1, Caption()), (1, Punctuation())), n))
        from sections in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Section(), n))
        from footer in Gen.Frequency((3, Footer().Select(f => new List<Raw> { f })), (1, Gen.Constant(new List<Raw>())))
        from boilerplate in Gen.Elements(true, false)
        from junk in Gen.Choose(0, 2).SelectMany(n => Gen.ListOf(Junk(), n))
        from junkAt in Gen.ListOf(Gen.Choose(1, 1000), junk.Count)
        from blanks in Gen.ListOf(Gen.Frequency((4, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3))), 200)
        from lineEnd in Gen.Elements("\n", "\r\n", "\r")
        from bom in Gen.Elements(true, false)
        from frontMatter in Gen.Elements(true, false)
        select Assemble(title, intro, sections, footer, boilerplate, junk, junkAt, blanks, lineEnd, bom, frontMatter);

    /// <summary>A paragraph before markers are given: its lines (null marker slot = no marker) and a minimum of blank lines before it.</summary>
    private sealed record Raw(IReadOnlyList<(string Text, bool Marked)> Lines, int MinBlanks = 1);

    private static GeneratedSeed Assemble(Raw title, IEnumerable<Raw> intro, IEnumerable<List<Raw>> sections, List<Raw> footer, bool boilerplate,
        IReadOnlyList<Raw> junk, IReadOnlyList<int> junkAt, IReadOnlyList<int> blanks, string lineEnd, bool bom, bool frontMatter)
    {
        var raws = new List<Raw> { title };
        raws.AddRange(intro);
        foreach (var section in sections) raws.AddRange(section);
        for (var i = 0; i < junk.Count; i++) raws.Insert(1 + junkAt[i] % raws.Count, junk[i]);
        raws.AddRange(footer);
        if (boilerplate) raws.Add(new Raw([("For more industry blockchain services , please click:", false)]));
        var n = 0;
        var paragraphs = new List<(int, IReadOnlyList<SeedLine>)>();
        for (var i = 0; i < raws.Count; i++)
        {
            var lines = raws[i].Lines.Select(l => l.Marked ? Mark(l.Text, n++) : new SeedLine(l.Text, null)).ToList();
            paragraphs.Add((Math.Max(raws[i].MinBlanks, blanks[i % blanks.Count]), lines));
        }
        return new GeneratedSeed(paragraphs, lineEnd, bom, frontMatter);
    }

    /// <summary>Puts the marker before a closing full stop, or at the end.</summary>
    private static SeedLine Mark(string text, int n)
    {
        var marker = "qz" + (char)('a' + n / 17576 % 26) + (char)('a' + n / 676 % 26) + (char)('a' + n / 26 % 26) + (char)('a' + n % 26);
        var body = text.EndsWith('.') ? text[..^1] + " " + marker + "." : text + " " + marker;
        return new SeedLine(body, marker);
    }

    private static Gen<string> Phrase(int min, int max) =>
        from n in Gen.Choose(min, max)
        from words in Gen.ListOf(Gen.Elements(Words), n)
        from space in Gen.Frequency((8, Gen.Constant(" ")), (1, Gen.Constant("\u00A0")), (1, Gen.Constant("\t")), (1, Gen.Constant(" \u200B")))
        select string.Join(space, words);

    private static Gen<Raw> One(Gen<string> text, int minBlanks = 1) => text.Select(t => new Raw([(t, true)], minBlanks));

    private static Gen<Raw> Title() => One(
        from name in Gen.Elements("Industry Blockchain Weekly", "")
        from sep in Gen.Elements(Separators)
        from phrase in Phrase(2, 6)
        select name.Length == 0 ? "Title " + phrase : name + sep + phrase);

    private static Gen<Raw> Intro() => One(
        from opening in Gen.Elements("Recently, ", "This week ", "In 2020 ")
        from phrase in Phrase(4, 12)
        from end in Gen.Elements(".", ". .", ".")
        select opening + phrase + end);

    private static Gen<Raw> Caption() => One(Phrase(2, 4).Select(p => "picture of " + p.ToLowerInvariant()));

    private static Gen<Raw> Punctuation() => Gen.Elements(". .", "..", "。").Select(p => new Raw([(p, false)]));

    private static Gen<List<Raw>> Section() =>
        from heading in Heading()
        from stories in Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(Story(), n))
        from commentary in Gen.Frequency((3, Commentary().Select(c => new List<Raw> { c })), (1, Gen.Constant(new List<Raw>())))
        select new List<Raw> { heading }.Concat(stories.SelectMany(s => s)).Concat(commentary).ToList();

    private static Gen<Raw> Heading() =>
        from known in Gen.Elements(true, true, false)
        from name in Gen.Elements(known ? Known : Unknown)
        from colon in Gen.Elements(": ", "：", ":")
        from title in Phrase(2, 5)
        select new Raw([(name + colon + "Local " + title, true)], known ? 1 : 2);

    private static Gen<List<Raw>> Story() =>
        from headline in Headline()
        from bodies in Gen.Choose(1, 2).SelectMany(n => Gen.ListOf(Body(), n))
        select new List<Raw> { headline }.Concat(bodies).ToList();

    private static Gen<Raw> Headline() => One(Gen.OneOf(
        from place in Gen.Elements(Places) from colon in Gen.Elements(": ", "：") from phrase in Phrase(2, 8) select place + colon + "Creating " + phrase,
        from phrase in Phrase(2, 6) select "Blockchain " + phrase + " launched",
        from n in Gen.Choose(1, 12) from place in Gen.Elements(Places) select n.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + " " + place,
        from phrase in Phrase(20, 24) select "Shenzhen: A very long headline, " + phrase + ", with commas, " + phrase));

    private static Gen<Raw> Body() =>
        from month in Gen.Elements(Months)
        from day in Gen.Choose(1, 28)
        from kind in Gen.Choose(0, 3)
        from phrase in Phrase(5, 14)
        from more in Phrase(2, 6)
        select kind switch
        {
            0 => new Raw([($"On {month} {day}, {phrase}.", true)]),
            1 => new Raw([($"{month} {day}: {phrase}.", true)]),
            2 => new Raw([($"The bank said {phrase}.", true)]),
            // A wrapped paragraph: the second line starts in lower case and joins the first.
            _ => new Raw([($"On {month} {day}, {phrase}", true), ("and " + more.ToLowerInvariant() + ".", true)]),
        };

    private static Gen<Raw> Commentary() => One(Phrase(6, 16).Select(p => "The editor thinks " + p + "."), 2);

    private static Gen<Raw> Footer() => One(Phrase(2, 6).Select(p => "Review of previous period : Weekly 丨 " + p));

    /// <summary>A line of random Unicode (no control characters, line breaks, noncharacters or lone surrogates: the reader removes those, with WK0209).</summary>
    private static Gen<Raw> Junk() => ArbMap.Default.GeneratorFor<UnicodeString>().Select(s =>
    {
        var clean = new string((s.Item ?? "").Where(c => !char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\u2028' or '\u2029' or '\u0085' or '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF'))).ToArray());
        return new Raw([(("x " + clean).Trim(), true)]);
    });
}

namespace Weekly.Text;

/// <summary>
/// Where a sentence ends, by one rule for the whole build: the event date's first sentence (<c>Seeds/EventDates</c>,
/// <c>Seeds/MisspeltMonths</c>), the tagger's first sentence and sentence count (<c>Tagging</c>) and a headline's second
/// sentence (<c>Seeds/LineShape</c>). A sentence ends after 。！？, or after <c>. ! ?</c> followed by white space or the
/// text's end, but not at the dot of an abbreviation (<see cref="IsAbbreviation"/>: "Co. Ltd.", "U.S.", "Jan.") or an
/// initial ("J. Smith").
/// </summary>
public static class Sentences
{
    /// <summary>Words written with a closing dot that ends no sentence (any case; a dotted word without its last dot), besides a month's short name.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "co", "ltd", "inc", "corp", "mr", "mrs", "ms", "dr", "no", "st", "jr", "sr", "vs", "etc", "prof", "gov", "dept", "u.s", "e.g", "i.e",
    };

    /// <summary>Index just past the first sentence of <paramref name="text"/>, or its length.</summary>
    public static int FirstEnd(ReadOnlySpan<char> text) => End(text, 0);

    /// <summary>Index just past the sentence that starts at <paramref name="start"/> in <paramref name="text"/>, or its length.</summary>
    public static int End(ReadOnlySpan<char> text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '。' or '！' or '？') return i + 1;
            if (c is not ('.' or '!' or '?')) continue;
            if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;
            return i + 1;
        }

        return text.Length;
    }

    /// <summary>
    /// True when the dot at <paramref name="dot"/> closes an abbreviation: the word before it (letters and inner dots) is an
    /// initial (one capital letter) or one of a short list ("Co", "Ltd", "Inc", "Mr", "No", "U.S", "e.g", a month's short name).
    /// </summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..dot];
        return (word.Length == 1 && char.IsUpper(word[0])) || MonthNames.IsShortName(word) || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}

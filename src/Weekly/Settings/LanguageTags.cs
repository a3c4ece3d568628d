using System.Text.RegularExpressions;

namespace Weekly.Settings;

/// <summary>
/// The site's <c>language</c>: a BCP 47 language tag (RFC 5646 §2.1 syntax: language, extlang, script, region, variants,
/// extensions, private use), checked by its syntax alone (no registry or culture data, so a build is the same on every
/// machine) and written in the RFC's conventional case (§2.1.1: <c>en-US</c>, <c>zh-Hans-CN</c>). The grandfathered tags
/// of §2.2.8 the syntax does not cover (<c>i-klingon</c>, <c>en-GB-oed</c>) are accepted from the RFC's own list: .NET
/// has no BCP 47 validator (CultureInfo reads ICU's data, which differs between machines and is absent in invariant mode).
/// </summary>
public static partial class LanguageTags
{
    /// <summary>The tag in conventional case, or null when <paramref name="tag"/> is not a well-formed BCP 47 tag.</summary>
    public static string? Normalize(string tag)
    {
        if (Grandfathered.TryGetValue(tag.Trim(), out var grandfathered)) return grandfathered;
        var match = Tag().Match(tag.Trim());
        if (!match.Success) return null;
        var parts = match.Value.ToLowerInvariant().Split('-');
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i - 1].Length == 1) break; // an extension or private use: the rest stays lowercase
            if (parts[i].Length == 2) parts[i] = parts[i].ToUpperInvariant();
            else if (parts[i].Length == 4 && char.IsAsciiLetter(parts[i][0])) parts[i] = char.ToUpperInvariant(parts[i][0]) + parts[i][1..];
        }
        return string.Join('-', parts);
    }

    /// <summary>A well-formed tag <paramref name="tag"/> was probably meant to be (<c>EN_us</c> → <c>en-US</c>), or null.</summary>
    public static string? Suggest(string tag) => Normalize(tag.Trim().Replace('_', '-').Replace(' ', '-'));

    /// <summary>
    /// Open Graph's <c>og:locale</c> (<c>language_TERRITORY</c>): <c>en-US</c> → <c>en_US</c>, <c>zh-Hans-CN</c> → <c>zh_CN</c>; a tag
    /// with a script but no region gets the region CLDR's likely subtags give that language and script (<c>zh-Hans</c> →
    /// <c>zh_CN</c>, <c>zh-Hant</c> → <c>zh_TW</c>, <see cref="LikelyRegions"/>); any other tag without a two-letter region is
    /// its language alone (<c>en</c>, <c>es-419</c> → <c>es</c>, <c>en-a-bbb-x-a-ccc</c> → <c>en</c>), as Hugo's built-in opengraph
    /// template writes <c>en</c>. Null (no <c>og:locale</c>) for a tag without an ISO 639 language: <c>x-private</c>, <c>i-klingon</c>.
    /// </summary>
    /// <param name="tag">A normalized tag (<see cref="Normalize"/>).</param>
    public static string? OpenGraphLocale(string tag)
    {
        var parts = tag.Split('-');
        if (parts[0].Length is not (2 or 3)) return null;
        var region = parts.Skip(1).TakeWhile(p => p.Length > 1).FirstOrDefault(p => p.Length == 2 && char.IsAsciiLetter(p[0]));
        if (region is not null) return $"{parts[0]}_{region}";
        if (parts.Length > 1 && parts[1].Length == 4 && LikelyRegions.TryGetValue($"{parts[0]}-{parts[1]}", out var likely)) return $"{parts[0]}_{likely}";
        return parts[0];
    }

    /// <summary>
    /// RFC 5646 §2.2.8's irregular grandfathered tags (well-formed, yet outside the §2.1 syntax), in the registry's case. Its
    /// regular ones (<c>zh-min-nan</c>, <c>art-lojban</c>) fit the syntax and need no entry.
    /// </summary>
    private static readonly Dictionary<string, string> Grandfathered = new[]
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo",
        "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
    }.ToDictionary(t => t, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The region of language-script pairs whose script is not the language's only one, from CLDR's likelySubtags.json
    /// (unicode-org/cldr-json, cldr-core/supplemental; <c>zh-Hant</c> → <c>zh-Hant-TW</c>). .NET exposes no likely-subtags
    /// lookup (ICU's uloc_addLikelySubtags is internal), hence this short table.
    /// </summary>
    private static readonly Dictionary<string, string> LikelyRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh-Hans"] = "CN",
        ["zh-Hant"] = "TW",
        ["sr-Cyrl"] = "RS",
        ["sr-Latn"] = "RS",
        ["bs-Latn"] = "BA",
        ["bs-Cyrl"] = "BA",
        ["az-Latn"] = "AZ",
        ["az-Arab"] = "IR",
        ["uz-Latn"] = "UZ",
        ["uz-Cyrl"] = "UZ",
        ["uz-Arab"] = "AF",
        ["pa-Guru"] = "IN",
        ["pa-Arab"] = "PK",
        ["mn-Cyrl"] = "MN",
        ["mn-Mong"] = "CN",
    };

    // RFC 5646 §2.1 langtag (extlang, script, region, variant, extension, privateuse), or a private-use tag alone; the
    // language an ISO 639 code of 2 or 3 letters (the RFC's 4-8 letter form is reserved and unused, and would let "english" pass).
    [GeneratedRegex("""
        ^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}
        (?:-[a-z]{4})?
        (?:-(?:[a-z]{2}|[0-9]{3}))?
        (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*
        (?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*
        (?:-x(?:-[a-z0-9]{1,8})+)?
        |x(?:-[a-z0-9]{1,8})+)$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}

using System.Text;
using Weekly.Domain;

namespace Weekly.Rendering;

/// <summary>
/// Writes Netlify's <c>_redirects</c> file (docs.netlify.com, "Redirects and rewrites": one rule a line, <c>from to status</c>;
/// the first rule that matches wins; <c>!</c> forces a rule over a file that exists at its path).
/// </summary>
public static class RedirectRules
{
    /// <summary>
    /// <paramref name="editorRules"/> as written (first, so an editor's rule wins), then one <c>from to 301!</c> line per
    /// redirect, in the order given. Permalinks are slugs of ASCII letters, digits and hyphens, so nothing needs encoding.
    /// </summary>
    public static string Write(string editorRules, IReadOnlyList<Redirect> redirects)
    {
        var text = new StringBuilder(editorRules);
        if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
        if (redirects.Count == 0) return text.ToString();
        if (text.Length > 0) text.Append('\n');
        text.Append("# Old URLs of pages that moved (permalinks.lock): each answers 301 with the page's URL now.\n");
        foreach (var redirect in redirects) text.Append(redirect.From).Append(' ').Append(redirect.To).Append(" 301!\n");
        return text.ToString();
    }
}

using System.Text;

namespace Weekly.Text;

/// <summary>White space as the checks and keys compare text: every run (<see cref="char.IsWhiteSpace(char)"/>) one space, trimmed.</summary>
public static class Whitespace
{
    /// <summary><paramref name="text"/> with each run of white space made one space and none at either end.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}

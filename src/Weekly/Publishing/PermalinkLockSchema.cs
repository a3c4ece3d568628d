using System.Globalization;

namespace Weekly.Publishing;

/// <summary>A problem in <c>permalinks.lock</c>: where (1-based), what is wrong and what to do, in plain words.</summary>
internal sealed class LockProblem(int line, int column, string problem, string fix) : Exception(problem)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Fix { get; } = fix;
}

/// <summary>Where each issue and story entry of a lock starts in the file, for <see cref="PermalinkLockValidation"/>.</summary>
internal sealed class LockLines
{
    private readonly Dictionary<object, (int Line, int Column, Dictionary<string, JsonValueNode> Fields)> _entries = new(ReferenceEqualityComparer.Instance);

    public void Add(object entry, JsonValueNode node, Dictionary<string, JsonValueNode> fields) => _entries[entry] = (node.Line, node.Column, fields);

    /// <summary>Where <paramref name="field"/> of <paramref name="entry"/> is; the entry's start when it has none.</summary>
    public (int Line, int Column) Of(object entry, string field)
    {
        var (line, column, fields) = _entries[entry];
        return fields.TryGetValue(field, out var value) ? (value.Line, value.Column) : (line, column);
    }

    /// <summary>Where <paramref name="entry"/> starts.</summary>
    public (int Line, int Column) Of(object entry) => (_entries[entry].Line, _entries[entry].Column);
}

/// <summary>
/// Maps a lock's JSON (<see cref="JsonTree"/>) to a <see cref="PermalinkLock"/>, strictly, as docs/permalinks.md ("Format")
/// lays it out: every field of the right type, each once, none unknown (a misspelt <c>aliasses</c> would otherwise be dropped
/// with every URL in it), <c>source</c>, <c>id</c> and <c>url</c> present. The first problem is thrown as <see cref="LockProblem"/>.
/// </summary>
internal static class PermalinkLockSchema
{
    private const string EditFix = "correct it at this line as docs/permalinks.md (\"Format\") shows, or restore the committed lock: git checkout HEAD -- permalinks.lock";

    private static readonly string[] LockFields = ["version", "issues"];
    private static readonly string[] IssueFields = ["source", "id", "url", "title", "date", "aliases", "removed", "stories"];
    private static readonly string[] StoryFields = ["id", "url", "text", "aliases", "removed"];

    /// <exception cref="LockProblem">The first thing that is not as the format says.</exception>
    public static PermalinkLock Read(JsonValueNode? root, LockLines lines)
    {
        if (root is null or JsonLiteralNode { Value: null })
        {
            throw new LockProblem(1, 1, root is null ? "the file is empty" : "the file holds null, not a lock",
                "restore the committed lock (git checkout HEAD -- permalinks.lock); to start afresh on purpose, delete the file, which forgets every URL published so far");
        }
        var fields = Fields(root, "the lock", LockFields);
        var version = fields.GetValueOrDefault("version") ?? throw new LockProblem(root.Line, root.Column, "it has no \"version\"", $"add \"version\": {PermalinkLock.CurrentVersion} as its first field");
        if (version is not JsonNumberNode number || !int.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v != PermalinkLock.CurrentVersion)
        {
            throw new LockProblem(version.Line, version.Column, $"its version is {Shown(version)}; this Weekly reads version {PermalinkLock.CurrentVersion}",
                "use the Weekly version that wrote it, or restore the committed lock: git checkout HEAD -- permalinks.lock");
        }
        var issues = List(fields.GetValueOrDefault("issues"), "issues", root).Select(node => Issue(node, lines)).ToList();
        return new PermalinkLock(v, issues);
    }

    private static LockedIssue Issue(JsonValueNode node, LockLines lines)
    {
        var fields = Fields(node, "an issue entry", IssueFields);
        var stories = List(fields.GetValueOrDefault("stories"), "stories", null).Select(s => Story(s, lines)).ToList();
        var issue = new LockedIssue(Required(fields, "source", node), Required(fields, "id", node), Required(fields, "url", node),
            Optional(fields, "title"), Optional(fields, "date"), Strings(fields.GetValueOrDefault("aliases")), stories, Flag(fields.GetValueOrDefault("removed")));
        lines.Add(issue, node, fields);
        return issue;
    }

    private static LockedStory Story(JsonValueNode node, LockLines lines)
    {
        var fields = Fields(node, "a story entry", StoryFields);
        var story = new LockedStory(Required(fields, "id", node), Required(fields, "url", node), Optional(fields, "text"),
            Strings(fields.GetValueOrDefault("aliases")), Flag(fields.GetValueOrDefault("removed")));
        lines.Add(story, node, fields);
        return story;
    }

    /// <summary>An object's fields by name; a repeated or unknown name is a problem at its line.</summary>
    private static Dictionary<string, JsonValueNode> Fields(JsonValueNode node, string what, string[] known)
    {
        if (node is not JsonObjectNode obj) throw new LockProblem(node.Line, node.Column, $"{what} must be an object {{ }}, not {node.Kind}", EditFix);
        var fields = new Dictionary<string, JsonValueNode>(StringComparer.Ordinal);
        foreach (var (key, line, column, value) in obj.Members)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                throw new LockProblem(line, column, $"{what} has an unknown field \"{key}\" (its fields are {string.Join(", ", known)})",
                    "correct the field's name, or delete it");
            }
            if (!fields.TryAdd(key, value)) throw new LockProblem(line, column, $"{what} has the field \"{key}\" twice", "delete one of them, keeping the right value");
        }
        return fields;
    }

    private static string Required(Dictionary<string, JsonValueNode> fields, string name, JsonValueNode entry)
    {
        var value = fields.GetValueOrDefault(name) ?? throw new LockProblem(entry.Line, entry.Column, $"this entry has no \"{name}\"",
            "put the field back from git (git diff permalinks.lock shows what changed), or delete the whole entry to forget its URLs");
        return Text(value, name) is { Length: > 0 } text ? text : throw new LockProblem(value.Line, value.Column, $"\"{name}\" is empty", EditFix);
    }

    private static string Optional(Dictionary<string, JsonValueNode> fields, string name) =>
        fields.GetValueOrDefault(name) is { } value ? Text(value, name) : "";

    private static string Text(JsonValueNode value, string name) =>
        value is JsonStringNode s ? s.Value : throw new LockProblem(value.Line, value.Column, $"\"{name}\" must be a string in quotes, not {value.Kind}", EditFix);

    private static bool Flag(JsonValueNode? value) => value switch
    {
        null => false,
        JsonLiteralNode { Value: { } flag } => flag,
        _ => throw new LockProblem(value.Line, value.Column, $"\"removed\" must be true or false, not {value.Kind}", EditFix),
    };

    private static List<string> Strings(JsonValueNode? value) => List(value, "aliases", null).Select(item => Text(item, "aliases")).ToList();

    /// <summary>A list's items; absent is empty, unless <paramref name="requiredIn"/> names the object it must be in.</summary>
    private static IReadOnlyList<JsonValueNode> List(JsonValueNode? value, string name, JsonValueNode? requiredIn) => value switch
    {
        null when requiredIn is not null => throw new LockProblem(requiredIn.Line, requiredIn.Column, $"it has no \"{name}\" list", $"add \"{name}\": [] after \"version\""),
        null => [],
        JsonArrayNode array => array.Items,
        _ => throw new LockProblem(value.Line, value.Column, $"\"{name}\" must be a list [ ], not {value.Kind}", EditFix),
    };

    private static string Shown(JsonValueNode value) => value switch
    {
        JsonNumberNode n => n.Text,
        JsonStringNode s => $"\"{s.Value}\"",
        _ => value.Kind,
    };
}

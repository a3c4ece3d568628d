using System.CommandLine;

namespace Weekly.Cli;

/// <summary>
/// A command line that does not parse gets one line on stderr, not System.CommandLine's errors followed by the whole help:
/// an unknown command or option names the closest one (<c>weekly: unknown command 'prevew'; did you mean `preview`?</c>),
/// as git does, and an option of another command says whose it is (<c>--force is an option of build, not of clean</c>); any other error is its message. Closeness is the Levenshtein distance (Quickenshtein, already used for
/// story matching), with two neighbouring letters swapped counting as one edit (<c>buidl</c> is one from <c>build</c>, as in
/// git's Damerau–Levenshtein; Quickenshtein has no such variant, and one swap is all a typed command needs), at most a third of
/// the longer name, so an unrelated word gets no suggestion.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Writes the one line for <paramref name="parse"/>'s first error.</summary>
    public static void Write(ParseResult parse, TextWriter stderr) => stderr.WriteLine(Message(parse));

    /// <summary>The line: <c>weekly[ command]: …</c>, then where to read more.</summary>
    public static string Message(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var name = command.Parents.OfType<Command>().Any() ? $"{WeeklyCommand.Name} {command.Name}" : WeeklyCommand.Name;
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            var isOption = token.StartsWith('-');
            var candidates = isOption
                ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
            if (isOption && OtherCommandsWith(parse, command, token.Split('=')[0]) is { Count: > 0 } owners)
            {
                return $"{name}: {token.Split('=')[0]} is an option of {string.Join(" and ", owners)}, not of {command.Name} (see {name} --help)";
            }
            var kind = isOption ? "option" : command.Subcommands.Count > 0 ? "command" : "argument";
            var suggestion = Closest(isOption ? token.Split('=')[0] : token, candidates) is { } closest ? $"; did you mean `{closest}`?" : ".";
            return $"{name}: unknown {kind} '{token}'{suggestion} (see {name} --help)";
        }
        var message = string.Join(' ', parse.Errors[0].Message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"{name}: {message} (see {name} --help)";
    }

    /// <summary>The other commands (of the whole command line) that have <paramref name="option"/>, by name, in order.</summary>
    private static List<string> OtherCommandsWith(ParseResult parse, Command command, string option) =>
        parse.RootCommandResult.Command.Subcommands.Where(c => !c.Hidden && c != command)
            .Where(c => c.Options.Any(o => !o.Hidden && (o.Name == option || o.Aliases.Contains(option))))
            .Select(c => c.Name).ToList();

    /// <summary>The candidate nearest to <paramref name="token"/>, or null when none is near (distance over a third of the longer).</summary>
    public static string? Closest(string token, IEnumerable<string> candidates) =>
        Weekly.Text.Similarity.Closest(candidates.Order(StringComparer.Ordinal), c => c, token, longer => longer / 3);
}

using System.Globalization;
using System.Text;
using Weekly.Content;
using Weekly.Core;
using Weekly.Diagnostics;
using Weekly.Domain;
using Weekly.Seeds;
using Weekly.Settings;
using Weekly.Text;
using Weekly.Urls;

namespace Weekly.Editing;

/// <summary>A seed written by <see cref="NewIssue.Create"/>.</summary>
/// <param name="RelativePath">Path relative to the site root, e.g. <c>seeds/2020-01-06-two-sessions.txt</c>.</param>
/// <param name="Number">The issue number written into its front matter.</param>
/// <param name="Date">The issue date written into its front matter and file name.</param>
/// <param name="Title">The issue title.</param>
public sealed record NewSeed(string RelativePath, int Number, DateOnly Date, string Title);

/// <summary>
/// <c>weekly new</c>: writes the next issue's seed from the archetype <c>theme/archetypes/issue.txt</c>
/// (placeholders <c>{{ title }}</c>, <c>{{ date }}</c>, <c>{{ number }}</c>, <c>{{ previous_title }}</c>,
/// <c>{{ story_date -N }}</c>, documented in <c>theme/archetypes/README.md</c>). The number is the one its date gives it
/// among the existing seeds (drafts included) by the build's rule (<see cref="IssueNumbers.NumberFor"/>): one more than
/// the issue before it, or 1, so an unnumbered issue scheduled after today keeps counting on from it; when an existing
/// issue already has that number in its front matter, warning WK0905 (the seed is written);
/// the previous title is that of the newest existing issue dated on or before the new one (a line holding it is left out
/// when there is none);
/// the date is today in the site's time zone (<c>time_zone</c> in <c>input/site.yml</c>) from the given
/// clock; the file is <c>seeds/YYYY-MM-DD-&lt;slug&gt;.txt</c> with the slug from the title. An existing
/// file is never overwritten. A settings error (as <c>weekly build</c> reports it: an unknown zone, site.yml not YAML) stops it
/// before anything is written. Diagnostics: WK0910 the file exists, WK0911 no archetype, WK0912 a
/// title that is blank or spans lines.
/// </summary>
public static class NewIssue
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the next seed under <paramref name="rootDirectory"/>; returns null (with an error in <paramref name="diagnostics"/>) when it cannot.</summary>
    /// <param name="rootDirectory">The site root.</param>
    /// <param name="title">The issue title, or null for <c>Issue N</c>.</param>
    /// <param name="clock">Where "today" comes from.</param>
    /// <param name="diagnostics">Receives the reason when nothing is written.</param>
    public static NewSeed? Create(string rootDirectory, string? title, TimeProvider clock, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(rootDirectory);
        if (!Archetype.Exists(root))
        {
            diagnostics.Report(Codes.NoArchetype, Archetype.RelativePath, 0, 0);
            return null;
        }
        if (title is not null && (title.Trim().Length == 0 || title.Contains('\n') || title.Contains('\r')))
        {
            diagnostics.Report(Codes.BadTitle, null, 0, 0);
            return null;
        }

        // A settings error stops new as it stops build: "today" in an unknown zone would be a guess.
        var settingsDiagnostics = new DiagnosticBag();
        var settings = SiteSettingsLoader.Load(root, null, settingsDiagnostics);
        if (settingsDiagnostics.HasErrors)
        {
            foreach (var problem in settingsDiagnostics.Sorted()) diagnostics.Add(problem);
            return null;
        }

        var date = SiteTime.Today(clock, settings);
        var zone = SiteTime.Zone(settings);
        var existing = ExistingIssues(root, zone);
        var number = NumberFor(PathFor(date, title ?? "Issue"), date, existing, zone);
        title = title?.Trim() ?? string.Create(CultureInfo.InvariantCulture, $"Issue {number}");
        var relative = PathFor(date, title);
        number = NumberFor(relative, date, existing, zone);
        // Another issue of the same day or earlier already holds that number (a second new on one day): count on from the highest.
        if (existing.Any(i => i.Number == number && i.Date <= date && i.SourcePath != relative))
            number = existing.Where(i => i.Date <= date && i.SourcePath != relative).Max(i => i.Number ?? 0) + 1;
        var same = existing.Where(i => i.Number == number && i.SourcePath != relative).Select(i => i.SourcePath).ToList();
        if (same.Count > 0) diagnostics.Report(Codes.SameNumber, relative, 0, 0, number, string.Join(", ", same));
        if (Archetype.Load(root, diagnostics) is not { } archetype) return null;
        var text = Fill(archetype, title, date, number, existing.Order(IssueOrder.NewestFirst).FirstOrDefault(i => i.Date <= date)?.Title);
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8NoBom.GetBytes(text));
        }
        catch (IOException) when (File.Exists(full))
        {
            diagnostics.Report(Codes.SeedExists, relative, 0, 0);
            return null;
        }
        return new NewSeed(relative, number, date, title);
    }

    /// <summary>
    /// Replaces the placeholders: inside the front matter (between the first two <c>---</c> lines)
    /// <c>{{ title }}</c> is escaped for a YAML double-quoted string (<c>\</c> and <c>"</c>); elsewhere it
    /// is written as is. <c>{{ previous_title }}</c> is <paramref name="previousTitle"/>; a line holding it is dropped when that
    /// is null (the first issue). <c>{{ story_date -N }}</c> is the day N days before <paramref name="date"/> as a story body
    /// writes it (<c>January 4</c>; <c>{{ story_date }}</c>: the issue's day). Line ends become LF; a BOM is dropped.
    /// </summary>
    public static string Fill(string archetype, string title, DateOnly date, int number, string? previousTitle = null) =>
        Fill(new Archetype(archetype), title, date, number, previousTitle);

    /// <inheritdoc cref="Fill(string, string, DateOnly, int, string?)"/>
    public static string Fill(Archetype archetype, string title, DateOnly date, int number, string? previousTitle = null)
    {
        var lines = archetype.Lines.ToArray();
        var yamlTitle = title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i == 0 && archetype.FrontMatterEnd > 0 || i == archetype.FrontMatterEnd) continue;
            if (previousTitle is null && lines[i].Contains(PreviousTitle, StringComparison.Ordinal))
            {
                lines[i] = null!;
                continue;
            }
            // One pass over the archetype's own placeholders: text put in (a title holding "{{ date }}") is never read again.
            var titleHere = i < archetype.FrontMatterEnd ? yamlTitle : title;
            lines[i] = Archetype.Placeholder().Replace(lines[i], m => m.Groups["name"].Value switch
            {
                "title" => titleHere,
                "date" => IsoDates.Format(date),
                "number" => number.ToString(CultureInfo.InvariantCulture),
                "previous_title" => previousTitle ?? "",
                _ => date.AddDays(-(m.Groups["days"].Success ? int.Parse(m.Groups["days"].Value, CultureInfo.InvariantCulture) : 0))
                    .ToString("MMMM d", CultureInfo.InvariantCulture),
            });
        }
        return string.Join('\n', lines.Where(l => l is not null));
    }

    private const string PreviousTitle = "{{ previous_title }}";

    private static string PathFor(DateOnly date, string title) =>
        $"seeds/{IsoDates.Format(date)}-{Slugs.From(title.Trim(), 60, "issue")}.txt";

    /// <summary>The number a new unnumbered issue at <paramref name="relative"/>, dated <paramref name="date"/>, gets among <paramref name="existing"/>.</summary>
    private static int NumberFor(string relative, DateOnly date, IReadOnlyList<Issue> existing, TimeZoneInfo zone) =>
        IssueNumbers.NumberFor(PublicationDates.Apply(new Issue { SourcePath = relative, Newsletter = "", Title = "", Date = date, Intro = [], Sections = [] }, zone), existing);

    /// <summary>The seeds' issues (<see cref="SeedFiles"/>, drafts included) as written, with their publication instants in <paramref name="zone"/>; none when there is no <c>seeds/</c>.</summary>
    private static IReadOnlyList<Issue> ExistingIssues(string root, TimeZoneInfo zone)
    {
        var ignored = new DiagnosticBag();
        var issues = SeedFiles.List(root).Seeds
            .Select(f => SeedParser.Parse(f, File.ReadAllBytes(Path.Combine(root, f)), ignored, zone: zone))
            .OfType<Issue>()
            .Where(i => i.Date != DateOnly.MinValue)
            .Select(i => PublicationDates.Apply(i with { Slug = Path.GetFileNameWithoutExtension(i.SourcePath) }, zone))
            .ToList();
        return issues;
    }
}

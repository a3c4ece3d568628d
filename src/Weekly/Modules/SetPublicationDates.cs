using Weekly.Content;
using Weekly.Core;

namespace Weekly.Modules;

/// <summary>
/// Gives every issue document its one publication instant in the site's time zone (<see cref="PublicationDates.Apply"/>):
/// <see cref="Domain.Issue.Published"/>, and <see cref="Domain.Issue.Date"/> the date of that instant there.
/// </summary>
public sealed class SetPublicationDates : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var zone = SiteTime.Zone(context.GetOrDefault(Keys.Settings, new Domain.SiteSettings()));
        return inputs.Select(d => d.Has(Keys.Issue) ? d.With(Keys.Issue, PublicationDates.Apply(d.Get(Keys.Issue), zone)) : d).ToList();
    }
}

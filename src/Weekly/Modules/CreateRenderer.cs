using Weekly.Core;
using Weekly.Rendering;

namespace Weekly.Modules;

/// <summary>
/// Makes the build's <see cref="SiteRenderer"/> over the theme and the site model
/// (<see cref="Keys.Site"/>, set by <see cref="GroupDocuments"/>) and stores it in the context as
/// <see cref="Keys.Renderer"/>. Passes documents through.
/// </summary>
/// <param name="theme">The loaded theme (templates parsed once).</param>
public sealed class CreateRenderer(Theme theme) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        context.Set(Keys.Renderer, new SiteRenderer(theme, context.Get(Keys.Site), context.Diagnostics, context.GetOrDefault(Keys.Cache, null!)));
        return inputs;
    }
}

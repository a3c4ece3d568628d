using Weekly.Rendering.Markup;
using Weekly.Rendering.ViewModels;

namespace Weekly.Rendering;

/// <summary>
/// The globals of one render, typed (see <see cref="TemplateGlobals.Create"/> for what each holds): made into
/// Scriban's globals by <see cref="ToGlobals"/>, and serialised as JSON (<see cref="RenderInputsJson"/>, made at
/// compile time, so it works in the native-AOT tool) for the preview cache's key.
/// </summary>
internal sealed record RenderInputs(SiteView Site, PageView Page, IssueView? Issue = null, StoryView? Story = null, TermView? Term = null,
    IReadOnlyList<TermSummaryView>? Terms = null, IReadOnlyList<IssueView>? Issues = null, TrustedHtml? Content = null,
    ChartView? Chart = null, IReadOnlyList<RelatedView>? Related = null, MapView? Map = null)
{
    /// <summary>The globals a template sees.</summary>
    public Dictionary<string, object?> ToGlobals() => TemplateGlobals.Create(Site, Page, Issue, Story, Term, Terms, Issues, Content, Chart, Related, Map);

    /// <summary>The JSON of these inputs, UTF-8: all a template can read, for a render cache's key.</summary>
    public byte[] ToJson() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(this, RenderInputsJson.Default.RenderInputs);
}

/// <summary>JSON of <see cref="RenderInputs"/> (System.Text.Json source generation: no reflection at run time).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(RenderInputs))]
internal sealed partial class RenderInputsJson : System.Text.Json.Serialization.JsonSerializerContext;

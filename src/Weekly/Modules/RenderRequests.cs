using Weekly.Core;
using Weekly.Rendering;

namespace Weekly.Modules;

/// <summary>
/// Makes one document per request of the render stage (<see cref="Keys.Request"/>): its destination from the
/// request's permalink, its content the renderer's (<see cref="SiteRenderer.Render"/>), made only when the
/// document is written, so each page is rendered, written and dropped in turn. Made in parallel (tens of
/// thousands of story pages, on the preview's path to its reload signal), in request order.
/// </summary>
/// <param name="renderer">The build's renderer.</param>
/// <param name="requests">The files to make, read when the module runs.</param>
public sealed class RenderRequests(SiteRenderer renderer, IEnumerable<OutputRequest> requests) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        ParallelMap.Ordered(requests.ToList(), request =>
            Document.Create(request.Source, request.Destination, renderer.Render(request), Keys.Request.Item(request)), context.CancellationToken);
}

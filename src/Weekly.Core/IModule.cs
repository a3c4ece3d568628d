namespace Weekly.Core;

/// <summary>
/// One step of a pipeline: takes the documents the previous step produced and returns new ones.
/// Modules report problems in user input through <see cref="BuildContext.Diagnostics"/> and keep
/// going; they throw only for bugs. Named as imperative verb–noun, after Statiq's modules
/// (<c>ReadFiles</c>, <c>RenderMarkdown</c>, <c>WriteFiles</c>).
/// </summary>
public interface IModule
{
    /// <summary>Runs the step.</summary>
    /// <param name="inputs">The documents from the previous module of the same pipeline (empty for the first).</param>
    /// <param name="context">The build: diagnostics, shared values, earlier pipelines' outputs.</param>
    /// <returns>The documents passed to the next module; the last module's are the pipeline's outputs.</returns>
    IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context);
}

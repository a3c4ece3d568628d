namespace Weekly.Core;

/// <summary>
/// A named sequence of modules. A pipeline runs after every pipeline named in
/// <see cref="Dependencies"/>, and its outputs are then readable by later pipelines through
/// <see cref="BuildContext.OutputsOf"/>.
/// </summary>
/// <param name="Name">Unique name, e.g. <c>"Issues"</c>.</param>
/// <param name="Dependencies">Names of pipelines that must run first.</param>
/// <param name="Modules">The steps, in order.</param>
public sealed record Pipeline(string Name, IReadOnlyList<string> Dependencies, IReadOnlyList<IModule> Modules)
{
    /// <summary>Creates a pipeline with no dependencies.</summary>
    public Pipeline(string name, params IModule[] modules) : this(name, [], modules) { }
}

namespace Weekly.Core;

/// <summary>
/// A named sequence of modules in two phases, as in Statiq: the process phase (<see cref="Modules"/>)
/// runs after the process phase of every pipeline named in <see cref="Dependencies"/>, and its outputs
/// are then readable by later pipelines through <see cref="BuildContext.OutputsOf"/>; the output phase
/// (<see cref="OutputModules"/>, e.g. <c>WriteFiles</c>) then runs on those outputs while dependent
/// pipelines already process, and nothing waits for it but the end of the build.
/// </summary>
/// <param name="Name">Unique name, e.g. <c>"Issues"</c>.</param>
/// <param name="Dependencies">Names of pipelines whose process phase must run first.</param>
/// <param name="Modules">The process steps, in order.</param>
public sealed record Pipeline(string Name, IReadOnlyList<string> Dependencies, IReadOnlyList<IModule> Modules)
{
    /// <summary>The output steps, in order, run on the process phase's outputs (their results are not kept).</summary>
    public IReadOnlyList<IModule> OutputModules { get; init; } = [];

    /// <summary>Creates a pipeline with no dependencies.</summary>
    public Pipeline(string name, params IModule[] modules) : this(name, [], modules) { }
}

namespace Weekly.Core;

/// <summary>
/// A named sequence of modules in two phases, as in Statiq: the process phase (<see cref="Modules"/>)
/// runs after the process phase of every pipeline named in <see cref="Dependencies"/>, and its outputs
/// are then readable by later pipelines through <see cref="BuildContext.OutputsOf"/>; the output phase
/// (<see cref="OutputModules"/>, e.g. <c>WriteFiles</c>) then runs on those outputs while dependent
/// pipelines already process, and nothing waits for it but the end of the run. Weekly's pipelines derive
/// from this class, one per file, and set their modules in their constructor.
/// </summary>
public class Pipeline
{
    /// <summary>Creates a pipeline.</summary>
    /// <param name="name">Unique name within a run, e.g. <c>"Issues"</c>.</param>
    /// <param name="dependencies">Names of pipelines (of the same run) whose process phase must run first.</param>
    /// <param name="modules">The process steps, in order.</param>
    public Pipeline(string name, IReadOnlyList<string> dependencies, IReadOnlyList<IModule> modules)
    {
        Name = name;
        Dependencies = dependencies;
        Modules = modules;
    }

    /// <summary>Creates a pipeline with no dependencies.</summary>
    public Pipeline(string name, params IModule[] modules) : this(name, [], modules) { }

    /// <summary>Unique name within a run, e.g. <c>"Issues"</c>.</summary>
    public string Name { get; }

    /// <summary>Names of pipelines whose process phase must run first.</summary>
    public IReadOnlyList<string> Dependencies { get; protected init; }

    /// <summary>The process steps, in order.</summary>
    public IReadOnlyList<IModule> Modules { get; protected init; }

    /// <summary>The output steps, in order, run on the process phase's outputs (their results are not kept).</summary>
    public IReadOnlyList<IModule> OutputModules { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Name;
}

using Weekly.Core;
using Weekly.IO;
using Weekly.Modules;

namespace Weekly.Pipelines;

/// <summary>A pipeline of the render stage: its process phase makes documents whose content renders when written; its output phase writes them (<see cref="WriteFiles"/>).</summary>
public abstract class RenderPipeline : Pipeline
{
    /// <summary>Creates the pipeline.</summary>
    /// <param name="name">Its name (<see cref="PipelineNames"/>).</param>
    /// <param name="dependencies">Pipelines of the render stage whose documents it reads.</param>
    /// <param name="modules">Its process phase.</param>
    /// <param name="output">Where its files go.</param>
    protected RenderPipeline(string name, IReadOnlyList<string> dependencies, IReadOnlyList<IModule> modules, OutputWriter output)
        : base(name, dependencies, modules) =>
        OutputModules = [new WriteFiles(output)];
}

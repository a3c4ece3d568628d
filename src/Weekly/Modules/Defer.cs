using Weekly.Core;

namespace Weekly.Modules;

/// <summary>
/// Runs a module that can only be made once the build is under way (it needs a value an earlier
/// pipeline put in the context, such as the renderer).
/// </summary>
/// <param name="create">Makes the module from the context when this step runs.</param>
public sealed class Defer(Func<BuildContext, IModule> create) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        create(context).Execute(inputs, context);
}

using Weekly.Core;
using Weekly.Seeds;

namespace Weekly.Modules;

/// <summary>
/// Removes from each text document the characters no page may hold (control characters, noncharacters, unpaired
/// surrogates; U+000B and U+000C become spaces), front matter included, with warning WK0209 at each line that held
/// any (<see cref="UnsafeCharacterLines"/>). A document without any is passed on as it is.
/// </summary>
public sealed class RemoveUnsafeCharacters : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        inputs.Select(d =>
        {
            var text = d.Content.ToText(context.Diagnostics);
            var clean = UnsafeCharacterLines.Clean(text, d.Source, context.Diagnostics);
            return ReferenceEquals(clean, text) ? d : d.WithContent(DocumentContent.FromText(clean));
        }).ToList();
}

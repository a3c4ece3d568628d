using Weekly.Core;
using Weekly.Domain;
using Weekly.Tagging;

namespace Weekly.Modules;

/// <summary>Sets every story's topics with the <see cref="TopicTagger"/> from the taxonomy in <c>input/topics.yml</c>, in parallel.</summary>
/// <param name="taxonomy">The topic taxonomy.</param>
public sealed class TagTopics(IReadOnlyList<Topic> taxonomy) : IModule
{
    /// <inheritdoc />
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context) =>
        ParallelMap.Ordered(inputs, d => d.With(Keys.Issue, TopicTagger.Tag(d.Get(Keys.Issue), taxonomy, context.Diagnostics)));
}

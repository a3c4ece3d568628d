namespace Weekly.Seeds;

/// <summary>
/// The marks a list item may open with, shared by section headings (<see cref="HeadingMarks"/>) and story headlines
/// (<see cref="HeadlineMarks"/>) so both drop the same ones: bullets and symbols (<c>•</c> <c>◆</c> <c>▌</c> <c>★</c> <c>➤</c>
/// <c>→</c> <c>√</c> <c>※</c> <c>丨</c> <c>#</c>), pictographic emoji (<c>📌</c> <c>🔥</c> <c>✅</c> <c>👉</c> <c>⭐</c>, with a
/// variation selector such as the U+FE0F of <c>▶️</c>), keycaps (<c>1️⃣</c>) and enclosed numbers (<c>①</c> <c>❶</c> <c>➀</c>
/// <c>㈠</c> <c>Ⅲ</c>). Regex fragments (no anchors, no spaces after), so the callers' GeneratedRegex compose them. Our own
/// code: .NET regexes have no Extended_Pictographic class, so the emoji are the Unicode blocks that hold them.
/// </summary>
internal static class ListMarks
{
    /// <summary>An optional variation selector (U+FE0E text, U+FE0F emoji presentation) after a mark.</summary>
    private const string Selector = @"[\uFE0E\uFE0F]?";

    /// <summary>
    /// One bullet or symbol: <c>• · ‣ ⁃ ※ √ | ｜ 丨 #</c>; arrows (U+2190–21FF); technical symbols (U+2300–23FF, <c>⏩</c>); box
    /// drawing, blocks and geometric shapes (U+2500–25FF, <c>▌ ■ ◆ ▶</c>); symbols and dingbats (U+2600–27BF, <c>★ ✅ ✦ ➤ ❶</c>);
    /// U+2B00–2BFF (<c>⭐ ⬛</c>); the emoji planes U+1F000–1FBFF (<c>📌 🔥 👉</c>, as surrogate pairs); a keycap (<c>1️⃣</c>).
    /// </summary>
    public const string Symbol =
        @"(?:[0-9#*]\uFE0F?\u20E3|[•·‣⁃※√|｜丨#\u2190-\u21FF\u2300-\u23FF\u2500-\u25FF\u2600-\u27BF\u2B00-\u2BFF]|[\uD83C-\uD83E][\uDC00-\uDFFF])" + Selector;

    /// <summary>One enclosed or Roman number: <c>①</c>–<c>⑳</c>, <c>❶</c>–<c>❿</c>, <c>➀</c>–<c>➓</c>, <c>㈠</c>–<c>㈩</c>, <c>Ⅰ</c>–<c>Ⅻ</c>, <c>ⅰ</c>–<c>ⅻ</c>.</summary>
    public const string Enclosed = @"[\u2460-\u2473\u2776-\u277F\u2780-\u2793\u3220-\u3229\u2160-\u216B\u2170-\u217B]" + Selector;

    /// <summary>A bullet <c>-</c> or <c>*</c>, before a space.</summary>
    public const string Dash = @"[-*](?=\s)";
}

using System.Text;
using System.Xml;

namespace Weekly.Feeds;

/// <summary>Shared XML plumbing for <see cref="RssFeedWriter"/> and <see cref="AtomFeedWriter"/>.</summary>
internal static class FeedXml
{
    /// <summary>UTF-8 without BOM.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a document with an XmlWriter (UTF-8 declaration, two-space indent, LF) and returns its UTF-8 bytes, ending in LF.</summary>
    public static byte[] Write(Action<XmlWriter> body)
    {
        var stream = IO.ByteBuffers.Stream();
        var settings = new XmlWriterSettings
        {
            Encoding = Utf8,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CheckCharacters = true,
            CloseOutput = false,
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return IO.ByteBuffers.Copy(IO.ByteBuffers.Written(stream));
    }

    /// <summary>Writes <paramref name="text"/> as an element's text, cleaned (<see cref="FeedText.Clean"/>) and escaped by the writer.</summary>
    public static void Element(XmlWriter writer, string name, string text) => writer.WriteElementString(name, FeedText.Clean(text));

    /// <summary>
    /// Writes plain text with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as hexadecimal character references
    /// (<c>&amp;#x26;</c>, <c>&amp;#x3C;</c>, <c>&amp;#x3E;</c>), the encoding the RSS Best Practices Profile
    /// (§ Character Data) recommends for plain-text RSS elements because the most aggregators read it literally;
    /// isolated when it holds bidi controls (<see cref="FeedText.Plain"/>).
    /// </summary>
    public static void PlainText(XmlWriter writer, string text)
    {
        var clean = FeedText.Plain(text);
        var start = 0;
        for (var i = 0; i < clean.Length; i++)
        {
            if (clean[i] is not ('&' or '<' or '>')) continue;
            if (i > start) writer.WriteString(clean[start..i]);
            writer.WriteCharEntity(clean[i]);
            start = i + 1;
        }
        if (start < clean.Length) writer.WriteString(clean[start..]);
    }
}

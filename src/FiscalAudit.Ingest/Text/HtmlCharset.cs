using System.Text;
using System.Text.RegularExpressions;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// Decodes a web page: valid UTF-8 (or text with a byte-order mark) as such; otherwise in the charset the page states
/// (its MIME part, or &lt;meta charset&gt; / http-equiv in its first bytes: gb2312, gbk, big5…); otherwise GB18030 as
/// <see cref="TextDecoder"/> guesses. A page saved again in UTF-8 keeps its old gb2312 meta, so valid UTF-8 wins.
/// </summary>
internal static partial class HtmlCharset
{
    /// <summary>How far into a page its meta charset is looked for.</summary>
    private const int HeadWindow = 4096;

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    /// <summary>The text, the encoding used and whether it was guessed (no charset stated, the bytes not UTF-8).</summary>
    public static (string Text, string Encoding, bool Guessed) Decode(byte[] bytes, string? stated = null)
    {
        var (text, encoding) = TextDecoder.Decode(bytes);
        if (encoding != "GB18030") return (text, encoding, false);
        stated ??= MetaCharset().Match(Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, HeadWindow))) is { Success: true } m ? m.Groups[1].Value : null;
        if (stated is null || Known(stated) is not { } declared || declared.CodePage == Encoding.UTF8.CodePage) return (text, encoding, true);
        return (declared.GetString(bytes), declared.WebName, false);
    }

    private static Encoding? Known(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

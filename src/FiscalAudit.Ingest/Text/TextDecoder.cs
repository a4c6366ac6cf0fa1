using System.Text;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// Decodes text files: UTF-8 (with or without BOM), UTF-16 with BOM, otherwise GB18030 (which covers
/// GBK and GB2312) when the bytes are not valid UTF-8.
/// </summary>
public static class TextDecoder
{
    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The decoded text and the encoding name used.</summary>
    public static (string Text, string Encoding) Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), "UTF-8");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16LE");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16BE");
        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding("GB18030").GetString(bytes), "GB18030");
        }
    }

    /// <summary>True when the bytes look like text rather than a binary file.</summary>
    public static bool LooksLikeText(string decoded)
    {
        if (decoded.Length == 0) return true;
        var control = decoded.Count(c => c < ' ' && c is not '\n' and not '\r' and not '\t' and not '\f');
        var replacement = decoded.Count(c => c == '\uFFFD');
        return control * 50 < decoded.Length && replacement * 20 < decoded.Length;
    }
}

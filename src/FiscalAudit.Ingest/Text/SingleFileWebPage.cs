using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest.Text;

/// <summary>One text/html part of a single-file web page: its bytes after the transfer encoding, and the charset its header states.</summary>
internal sealed record WebPagePart(byte[] Content, string? Charset);

/// <summary>
/// A single-file web page (MHTML: .mht, .mhtml, or a .doc/.xls that Word or Excel saved as “单个文件网页”): a MIME message
/// whose parts are the page, its images and Office's side files. Only the text/html parts are taken, in order, each
/// decoded from quoted-printable or base64. Damaged headers or parts give fewer parts, never an exception.
/// </summary>
internal static partial class SingleFileWebPage
{
    [GeneratedRegex(@"\bboundary\s*=\s*(?:""([^""]+)""|([^\s;""]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\bcharset\s*=\s*""?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    [GeneratedRegex(@"^content-type:\s*text/html\b", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex HtmlType();

    [GeneratedRegex(@"^content-transfer-encoding:\s*([\w-]+)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex TransferEncoding();

    [GeneratedRegex(@"\r?\n[ \t]+")]
    private static partial Regex Folding();

    /// <summary>True when <paramref name="content"/> is a MIME message of related parts (how every single-file web page is stored).</summary>
    public static bool Is(byte[] content)
    {
        var (headers, _) = Split(Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, 8192)));
        return headers.Contains("multipart/related", StringComparison.OrdinalIgnoreCase) && Boundary().IsMatch(headers);
    }

    /// <summary>The text/html parts of the message in <paramref name="content"/>, in order.</summary>
    public static IReadOnlyList<WebPagePart> HtmlParts(byte[] content)
    {
        // Latin-1 keeps every byte as one character, so a part's bytes come back unchanged whatever its charset.
        var (headers, body) = Split(Encoding.Latin1.GetString(content));
        if (Boundary().Match(headers) is not { Success: true } boundary) return [];
        var delimiter = "--" + (boundary.Groups[1].Success ? boundary.Groups[1].Value : boundary.Groups[2].Value);
        var parts = new List<WebPagePart>();
        foreach (var part in body.Split(delimiter).Skip(1))
        {
            if (part.StartsWith("--", StringComparison.Ordinal)) break;
            var (partHeaders, partBody) = Split(part.TrimStart('\r', '\n'));
            if (!HtmlType().IsMatch(partHeaders)) continue;
            var charset = Charset().Match(partHeaders) is { Success: true } c ? c.Groups[1].Value : null;
            if (Decode(partBody, TransferEncoding().Match(partHeaders).Groups[1].Value) is { } bytes) parts.Add(new WebPagePart(bytes, charset));
        }
        return parts;
    }

    /// <summary>The headers (folded lines unfolded) and the body after the first empty line.</summary>
    private static (string Headers, string Body) Split(string message)
    {
        var crlf = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lf = message.IndexOf("\n\n", StringComparison.Ordinal);
        var (end, length) = crlf >= 0 && (lf < 0 || crlf < lf) ? (crlf, 4) : (lf, 2);
        return end < 0 ? (Folding().Replace(message, " "), string.Empty) : (Folding().Replace(message[..end], " "), message[(end + length)..]);
    }

    /// <summary>The part's bytes; null when its base64 is damaged.</summary>
    private static byte[]? Decode(string body, string encoding)
    {
        if (encoding.Equals("base64", StringComparison.OrdinalIgnoreCase))
        {
            var text = Spaceless.Of(body);
            var buffer = new byte[text.Length * 3 / 4 + 3];
            return System.Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
        }
        return encoding.Equals("quoted-printable", StringComparison.OrdinalIgnoreCase) ? QuotedPrintable(body) : Encoding.Latin1.GetBytes(body);
    }

    /// <summary>“=XX” is the byte XX and “=” at a line's end joins it to the next (soft line break); anything else stays as written.</summary>
    private static byte[] QuotedPrintable(string body)
    {
        var bytes = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '=')
            {
                bytes.Add((byte)body[i]);
                continue;
            }
            if (i + 2 < body.Length && body[i + 1] == '\r' && body[i + 2] == '\n') i += 2;
            else if (i + 1 < body.Length && body[i + 1] == '\n') i += 1;
            else if (i + 2 < body.Length && Uri.IsHexDigit(body[i + 1]) && Uri.IsHexDigit(body[i + 2]))
            {
                bytes.Add(System.Convert.ToByte(body.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.Add((byte)'=');
        }
        return bytes.ToArray();
    }
}

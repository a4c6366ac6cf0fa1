using System.Text;

namespace FiscalAudit.Tests.Support;

/// <summary>One part of a single-file web page: its type (with charset), where it was, its bytes and how they are written.</summary>
public sealed record WebPagePiece(string Type, string Location, byte[] Content, string TransferEncoding);

/// <summary>
/// Single-file web pages (MHTML) as Word, Excel and browsers write them: a MIME message of related parts whose page is
/// quoted-printable or base64, lines folded at 76 characters.
/// </summary>
public static class SingleFileWebPages
{
    public const string Boundary = "----=_NextPart_01DA1F2B.6C8E4A30";

    /// <summary>The message of <paramref name="parts"/>, after <paramref name="preamble"/> header lines (Internet Explorer writes From/Subject/Date first).</summary>
    public static byte[] Of(IEnumerable<WebPagePiece> parts, string preamble = "")
    {
        var message = new StringBuilder(preamble)
            .Append("MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related;\r\n\tboundary=\"").Append(Boundary).Append("\"\r\n\r\n")
            .Append("此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n");
        foreach (var part in parts)
        {
            message.Append("\r\n--").Append(Boundary).Append("\r\n")
                .Append("Content-Location: ").Append(part.Location).Append("\r\n")
                .Append("Content-Transfer-Encoding: ").Append(part.TransferEncoding).Append("\r\n")
                .Append("Content-Type: ").Append(part.Type).Append("\r\n\r\n")
                .Append(part.TransferEncoding == "base64" ? Base64(part.Content) : QuotedPrintable(part.Content)).Append("\r\n");
        }
        message.Append("\r\n--").Append(Boundary).Append("--\r\n");
        return Encoding.Latin1.GetBytes(message.ToString());
    }

    /// <summary>Bytes outside printable ASCII, and “=”, as =XX; lines kept under 76 characters with soft breaks.</summary>
    public static string QuotedPrintable(byte[] content)
    {
        var text = new StringBuilder();
        var line = 0;
        foreach (var b in content)
        {
            var piece = b == '\n' ? "\r\n" : b == '\r' ? "" : b is >= 32 and < 127 and not (byte)'=' ? ((char)b).ToString() : $"={b:X2}";
            if (piece == "\r\n") line = 0;
            else if (line + piece.Length > 73)
            {
                text.Append("=\r\n");
                line = 0;
            }
            text.Append(piece);
            line += piece.Length;
        }
        return text.ToString();
    }

    private static string Base64(byte[] content) =>
        string.Join("\r\n", System.Convert.ToBase64String(content).Chunk(76).Select(c => new string(c)));
}

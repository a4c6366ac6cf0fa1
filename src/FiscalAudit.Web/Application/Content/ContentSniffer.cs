using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Content;
using FiscalAudit.Ingest.Office.Legacy;

namespace FiscalAudit.Web.Application.Content;

/// <summary>
/// Decides from the content and the name whether an uploaded file can be checked: content that is a document format
/// FiscalAudit reads passes whatever its extension (the reader reads it as what it is and notes the extension), unless
/// it is protected by a password; other content must be what a readable extension says (read from its first bytes and,
/// for Word and Excel, the part the package must hold). Returns the Chinese reason it cannot, or null.
/// </summary>
public static class ContentSniffer
{
    private const int Window = 8192;

    /// <summary>A signature this long is never the start of a real text.</summary>
    private const int UnmistakableLength = 4;

    public static string? ReasonRefused(string name, byte[] content)
    {
        if (UnsupportedFormats.ReasonNotChecked(name, content) is string unsupported) return unsupported;
        if (content.Length == 0) return "文件为空（0 字节），没有可审核的内容。";
        if (ContentSignatures.Readable(content) is not null) return OfficeEncryption.IsEncrypted(content) ? "文件" + OfficeEncryption.Remedy : null;
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var head = content.AsSpan(0, Math.Min(content.Length, Window));
        var actual = ContentSignatures.Identify(head);
        if (extension == ".pdf")
        {
            return actual?.Kind == ContentSignature.Pdf ? null
                : actual is not null ? Mismatch(extension, actual.Name)
                : "文件内容不是 PDF（开头没有 %PDF 标记）：可能已损坏，或是改了扩展名的其他文件。请重新获取原文件。";
        }
        if (LegacyFormats.For(extension) is { } legacy)
            return legacy.ReasonUnreadable(content) is string unreadable ? $"文件{unreadable}" : null;
        if (ContentSignatures.OfficeByExtension(extension) is { } office)
        {
            if (OfficeEncryption.IsEncrypted(content)) return "文件" + OfficeEncryption.Remedy;
            if (actual?.Kind != ContentSignature.Zip)
            {
                return actual is not null ? Mismatch(extension, actual.Name)
                    : $"文件内容不是{office.Name}（{extension} 应为 ZIP 格式）：可能已损坏，或是改了扩展名的其他文件。请用 WPS 或 Office 打开后重新保存。";
            }
            var inside = ContentSignatures.OfficeInside(content);
            return inside == office ? null
                : inside is not null ? Mismatch(extension, inside.Name)
                : $"文件内容是 ZIP 压缩包而不是{office.Name}（缺少 {office.Part}）：可能是改了扩展名的压缩包，或文件已损坏。请用 WPS 或 Office 打开后重新保存。";
        }
        if (LooksBinary(head))
            return actual is not null ? Mismatch(extension, actual.Name) : "文件内容不是文本（含二进制数据）：可能已损坏，或是改了扩展名的其他文件。";
        return actual is not null && actual.Hex.Length / 2 >= UnmistakableLength ? Mismatch(extension, actual.Name) : null;
    }

    private static string Mismatch(string extension, string actual) =>
        $"文件扩展名是 {extension}，内容却是{actual}：与扩展名不符，为安全起见已拒绝。请提交原始文件，或改正扩展名后重新上传。";

    /// <summary>Text has no NUL bytes, except UTF-16 (which starts with its byte-order mark).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head) =>
        !head.StartsWith(stackalloc byte[] { 0xFF, 0xFE }) && !head.StartsWith(stackalloc byte[] { 0xFE, 0xFF }) && head.IndexOf((byte)0) >= 0;
}

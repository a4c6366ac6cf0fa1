using FiscalAudit.Ingest;

namespace FiscalAudit.Web.Application;

/// <summary>
/// Decides from the name and the first bytes whether an uploaded file can be checked: a format
/// FiscalAudit reads, and content that is what the extension says. Returns the Chinese reason it
/// cannot, or null.
/// </summary>
public static class ContentSniffer
{
    private const int Window = 8192;

    public static string? ReasonRefused(string name, ReadOnlySpan<byte> content)
    {
        if (UnsupportedFormats.ReasonNotChecked(name) is string unsupported) return unsupported;
        if (content.IsEmpty) return "文件为空（0 字节），没有可审核的内容。";
        var head = content[..Math.Min(content.Length, Window)];
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".pdf" => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0
                ? null
                : "文件内容不是 PDF（开头没有 %PDF 标记）：可能已损坏，或是改了扩展名的其他文件。请重新获取原文件。",
            ".docx" or ".xlsx" => head.StartsWith("PK\u0003\u0004"u8)
                ? null
                : "文件内容不是 Office 文档（.docx/.xlsx 应为 ZIP 格式）：可能已损坏，或是改了扩展名的其他文件。请用 WPS 或 Office 打开后重新保存。",
            _ => LooksBinary(head)
                ? "文件内容不是文本（含二进制数据）：可能已损坏，或是改了扩展名的其他文件。"
                : null,
        };
    }

    /// <summary>Text has no NUL bytes, except UTF-16 (which starts with its byte-order mark).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head) =>
        !head.StartsWith(stackalloc byte[] { 0xFF, 0xFE }) && !head.StartsWith(stackalloc byte[] { 0xFE, 0xFF }) && head.IndexOf((byte)0) >= 0;
}

using FiscalAudit.Ingest.Content;

namespace FiscalAudit.Ingest;

/// <summary>
/// Files a reviewer's folder commonly holds that FiscalAudit cannot read, with the reason and what to
/// do, in Chinese; and files that are not documents at all (system and lock files), which are ignored.
/// </summary>
public static class UnsupportedFormats
{
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.OrdinalIgnoreCase)
    {
        [".zip"] = "压缩包不会自动解开。请解压后审核其中的文件。",
        [".rar"] = "压缩包不会自动解开。请解压后审核其中的文件。",
        [".7z"] = "压缩包不会自动解开。请解压后审核其中的文件。",
        [".tar"] = "压缩包不会自动解开。请解压后审核其中的文件。",
        [".gz"] = "压缩包不会自动解开。请解压后审核其中的文件。",
        [".jpg"] = "图片无法审核（没有文字层）。请提交原始 PDF、Word 或 Excel 文件。",
        [".jpeg"] = "图片无法审核（没有文字层）。请提交原始 PDF、Word 或 Excel 文件。",
        [".png"] = "图片无法审核（没有文字层）。请提交原始 PDF、Word 或 Excel 文件。",
        [".tif"] = "图片无法审核（没有文字层）。请提交原始 PDF、Word 或 Excel 文件。",
        [".tiff"] = "图片无法审核（没有文字层）。请提交原始 PDF、Word 或 Excel 文件。",
        [".bmp"] = "图片无法审核（没有文字层）。请提交原始 PDF、Word 或 Excel 文件。",
        [".ppt"] = "演示文稿不是公开文件格式，不审核。",
        [".pptx"] = "演示文稿不是公开文件格式，不审核。",
    };

    private static readonly HashSet<string> SystemFiles = new(StringComparer.OrdinalIgnoreCase) { "Thumbs.db", "desktop.ini" };

    /// <summary>
    /// Why a file found in a folder is not checked (Chinese, with what to do); null when FiscalAudit
    /// reads it. Files that are not documents at all are <see cref="IsNotADocument"/>.
    /// </summary>
    public static string? ReasonNotChecked(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (DocumentReaders.KnownExtensions.Contains(extension))
            return Path.GetFileName(fileName).StartsWith("~$", StringComparison.Ordinal) ? "Office 临时锁定文件（文件正被打开时产生），不是公开文件。" : null;
        if (Reasons.TryGetValue(extension, out var reason)) return reason;
        return extension.Length == 0
            ? $"文件没有扩展名，无法判断格式。支持 {DocumentReaders.SupportedList}。"
            : $"{extension} 格式暂不支持。支持 {DocumentReaders.SupportedList}。";
    }

    /// <summary>
    /// Why a file is not checked, judged by its content as well: null when <paramref name="content"/> is a format
    /// FiscalAudit reads, whatever the extension (a Word document named .dat is read as one).
    /// </summary>
    public static string? ReasonNotChecked(string fileName, byte[] content) =>
        ContentSignatures.Readable(content) is null ? ReasonNotChecked(fileName) : null;

    /// <summary>Hidden files and the operating system's own files in a folder: not listed at all.</summary>
    public static bool IsNotADocument(string fileName)
    {
        var name = Path.GetFileName(fileName);
        return name.StartsWith('.') || SystemFiles.Contains(name);
    }
}

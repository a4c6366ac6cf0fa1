namespace FiscalAudit.Ingest.Content;

/// <summary>The reason given for a file whose content is another known format than its extension says (Chinese, naming both).</summary>
public static class ContentMismatch
{
    /// <summary>
    /// “扩展名是 .xls，但内容不是Excel 97-2003 表格，而是ZIP 压缩包…” when <paramref name="content"/> is a format
    /// <see cref="ContentSignatures.Describe"/> knows; null when it is not (damaged bytes, plain text).
    /// </summary>
    public static string? Reason(string extension, string expected, byte[] content) =>
        ContentSignatures.Describe(content) is string real
            ? $"扩展名是 {extension}，但内容不是{expected}，而是{real}：与扩展名不符。请提交原始文件，或改正扩展名后重新审核。"
            : null;

    /// <summary>The refusal of <paramref name="path"/> (a file meant to be <paramref name="expected"/>) when its content is another known format; null when it is not.</summary>
    public static string? Refusal(string path, string expected, byte[] content) =>
        Reason(Path.GetExtension(path).ToLowerInvariant(), expected, content) is string reason ? $"文件“{path}”无法审核：{reason}" : null;
}

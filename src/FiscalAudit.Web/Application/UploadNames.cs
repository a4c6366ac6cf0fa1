using System.Text;

namespace FiscalAudit.Web.Application;

/// <summary>
/// The name an uploaded file is shown under: the browser's relative path (folder uploads) or the
/// archive path, with "/" separators, control characters removed and the length bounded. It is text
/// for people, never a file-system path.
/// </summary>
public static class UploadNames
{
    public const int MaxLength = 500;

    public static string Clean(string? name)
    {
        var text = new StringBuilder();
        foreach (var c in (name ?? "").Replace('\\', '/'))
            if (!char.IsControl(c)) text.Append(c);
        var cleaned = string.Join('/', text.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (cleaned.Length == 0) return "（未命名文件）";
        return cleaned.Length <= MaxLength ? cleaned : "…" + cleaned[^(MaxLength - 1)..];
    }

    /// <summary>"资料.zip/2023/决算.pdf" for an entry of an uploaded archive.</summary>
    public static string InArchive(string archive, string entry) => Clean(archive + "/" + entry);
}

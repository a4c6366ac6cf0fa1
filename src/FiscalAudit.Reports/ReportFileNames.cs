namespace FiscalAudit.Reports;

/// <summary>
/// Names of the report files of one run or export (审核意见书, 标注 PDF — in a folder or a zip): the last
/// part of the document's name only (never a folder), characters Windows refuses replaced, and “ (2)”,
/// “ (3)”… before the suffix when a name repeats.
/// </summary>
public sealed class ReportFileNames
{
    private static readonly char[] Refused = { '\\', '/', ':', '*', '?', '"', '<', '>', '|' };

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many names were given out.</summary>
    public int Count => used.Count;

    /// <summary>A unique entry name for <paramref name="fileName"/> ("部门决算.审核意见.docx"), whose suffix starts at <paramref name="suffix"/>.</summary>
    public string Take(string fileName, string suffix)
    {
        var clean = string.Concat(fileName.Select(c => Array.IndexOf(Refused, c) >= 0 || char.IsControl(c) ? '_' : c));
        var stem = clean.EndsWith(suffix, StringComparison.Ordinal) ? clean[..^suffix.Length] : clean;
        var name = stem + suffix;
        for (var n = 2; !used.Add(name); n++) name = $"{stem} ({n}){suffix}";
        return name;
    }
}

namespace FiscalAudit.Core.Documents;

/// <summary>A rectangle on a PDF page in points, origin bottom-left (PDF convention).</summary>
public readonly record struct BoundingBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;

    public BoundingBox Union(BoundingBox other) => new(
        Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom),
        Math.Max(Right, other.Right), Math.Max(Top, other.Top));
}

/// <summary>
/// Where something came from: the file, the 1-based page (PDF, null for text), the 1-based line
/// (line in a text file, or line on the page for PDF), an optional end line, the cell address
/// for spreadsheets (e.g. "Sheet1!B7"), the box on the page for PDF and, for a page header or footer
/// (<see cref="SourceDocument.RunningLines"/>), the margin as a reviewer finds it (“页眉”, “页脚（第2节）”, “表一工作表页眉”).
/// </summary>
public sealed record SourceLocation(
    string File,
    int? Page = null,
    int? Line = null,
    int? EndLine = null,
    string? Cell = null,
    BoundingBox? Box = null,
    string? Margin = null)
{
    /// <summary>Human-readable Chinese form: "第3页 第12行" / "第12行" / "Sheet1!B7" / "第3页页眉" / "页眉（第1节）".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Page is int p) parts.Add($"第{p}页{Margin}");
        else if (Margin is not null) parts.Add(Margin);
        if (Line is int l) parts.Add(EndLine is int e && e != l ? $"第{l}–{e}行" : $"第{l}行");
        if (Cell is not null) parts.Add($"单元格 {Cell}");
        return string.Join(" ", parts);
    }

    /// <summary>True when <paramref name="other"/> starts on a line this location spans (same file and page).</summary>
    public bool Spans(SourceLocation other) =>
        other.File == File && other.Page == Page && Line is int first && other.Line is int line && line >= first && line <= (EndLine ?? first);

    /// <summary>A location spanning from this one to <paramref name="last"/> (same file).</summary>
    public SourceLocation Through(SourceLocation last) =>
        this with
        {
            EndLine = last.Page == Page ? (last.EndLine ?? last.Line) : EndLine,
            Box = Box is BoundingBox a && last.Box is BoundingBox b && last.Page == Page ? a.Union(b) : Box,
        };
}

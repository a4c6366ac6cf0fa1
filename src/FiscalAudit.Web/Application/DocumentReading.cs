using FiscalAudit.Reports.Parts;

namespace FiscalAudit.Web.Application;

/// <summary>
/// What the document page needs beyond the stored JSON, read from the stored bytes by the engine: the
/// format, the part of the disclosure each finding belongs to (by finding id) and, for text, Word and
/// Excel files, the source lines to show beside the findings.
/// </summary>
public sealed record DocumentReading(
    string Format,
    IReadOnlyList<DisclosurePart> Parts,
    IReadOnlyDictionary<string, DisclosurePart> PartByFinding,
    IReadOnlyList<SourceLine> Lines)
{
    /// <summary>The format of a file the engine could not read.</summary>
    public const string Unreadable = "unreadable";

    public bool IsPdf => Format == "pdf";
}

/// <summary>One physical line of the source as read: its page (PDF), line number, cell (spreadsheets) and text.</summary>
public sealed record SourceLine(int? Page, int? Line, string? Cell, string Text);

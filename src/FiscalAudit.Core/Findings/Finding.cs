using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Core.Findings;

/// <summary>
/// Where a finding is: page/line in the file, and for table cells the table id, row label and column.
/// </summary>
public sealed record FindingLocation(SourceLocation? Source, string? Table = null, string? TableLabel = null, string? Row = null, string? Column = null)
{
    public int? Page => Source?.Page;

    /// <summary>The number printed in the cell, for a table cell that holds one; the merging of findings reads it.</summary>
    public PrintedNumber? Printed { get; init; }

    /// <summary>
    /// A term the compared equation subtracts (本年支出 in 年末结余 = 年初 + 收入 − 支出): the merging reads it, a figure wrong
    /// there moves the difference the other way.
    /// </summary>
    public bool Subtracted { get; init; }

    public int? Line => Source?.Line;

    /// <summary>
    /// What tells places apart for a reader (file, page, line, spreadsheet cell, table, row, column); a box or the number printed
    /// there does not. Line 11 of last year's file is another place than line 11 of this one.
    /// </summary>
    public (string?, int?, int?, string?, string?, string?, string?) Place => (Source?.File, Page, Line, Source?.Cell, Table, Row, Column);

    public static FindingLocation ForCell(FiscalTable table, TableRow row, string? column)
    {
        var cell = column is not null && row.Cells.TryGetValue(column, out var c) ? c : null;
        return new(cell?.Location ?? row.Location, table.Id, table.Label, row.Label, column) { Printed = cell?.Number };
    }

    public static FindingLocation ForTable(FiscalTable table) => new(table.Location, table.Id, table.Label);

    public static FindingLocation At(SourceLocation location) => new(location);

    /// <summary>"表三 支出决算表 · 2080505 机关事业单位基本养老保险缴费支出 · 基本支出列（第3页 第12行）".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (TableLabel is not null) parts.Add(TableLabel);
        if (Row is not null) parts.Add(Row);
        if (Column is not null) parts.Add(Column + "列");
        var where = Source?.Describe();
        var head = string.Join(" · ", parts);
        if (string.IsNullOrEmpty(where)) return head;
        return head.Length == 0 ? where : $"{head}（{where}）";
    }
}

/// <summary>
/// One problem found. <see cref="Expected"/> and <see cref="Actual"/> are a decimal, an int or a string
/// (or null): the two things compared. <see cref="Related"/> lists the other places a comparison
/// involved (the other cell, the table cell a sentence contradicts). <see cref="Id"/> is the stable
/// finding id the Engine assigns (same defect → same id across runs, renames and re-publications);
/// <see cref="Review"/> is the reviewer's decision on it, when one was loaded.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    FindingLocation Location,
    object? Expected = null,
    object? Actual = null,
    IReadOnlyList<FindingLocation>? Related = null)
{
    /// <summary>Stable id, 12 lower-case hex characters; empty until the Engine assigns it.</summary>
    public string Id { get; init; } = string.Empty;

    public ReviewDecision? Review { get; init; }

    /// <summary>The ids of the findings folded into this one (the same problem seen by another rule or at another place).</summary>
    public IReadOnlyList<string> MergedIds { get; init; } = Array.Empty<string>();

    /// <summary>
    /// The ids this finding and those folded into it had under earlier versions of the id scheme (before number formatting stopped
    /// counting): a decision stored under one of them still applies, and is stored again under <see cref="Id"/>.
    /// </summary>
    public IReadOnlyList<string> FormerIds { get; init; } = Array.Empty<string>();

    /// <summary>
    /// The message as engines before computed amounts were printed like the document's own printed it, when it differs from
    /// <see cref="Message"/>: the former id is worked out from it. Null otherwise.
    /// </summary>
    public string? FormerMessage { get; init; }

    /// <summary>Its own id, then the ids folded into it, then the former ids of both: every id a decision on it may be stored under.</summary>
    public IEnumerable<string> AllIds => MergedIds.Prepend(Id).Concat(FormerIds);

    /// <summary>This finding with <paramref name="text"/> appended to its message (and to its former message).</summary>
    public Finding Appending(string text) => this with { Message = Message + text, FormerMessage = FormerMessage is null ? null : FormerMessage + text };

    /// <summary>Waived findings are listed apart and do not count for the exit code.</summary>
    public bool IsWaived => Review?.Status == ReviewStatus.Waived;

    public IReadOnlyList<FindingLocation> RelatedLocations => Related ?? Array.Empty<FindingLocation>();

    /// <summary>
    /// This finding without its own place among the related ones: a rate worked out on an amount stated in its own sentence
    /// (“…383.13万元，比2019年增加383.13万元，增长0.00%”) has no other place to show.
    /// </summary>
    public Finding WithoutOwnPlaceRelated() =>
        RelatedLocations.Any(l => l.Place == Location.Place) ? this with { Related = RelatedLocations.Where(l => l.Place != Location.Place).ToList() } : this;

    /// <summary>
    /// For a rate worked out on narrative amounts (a share on its whole and part, a change on this year's amount, a completion
    /// on its actual): the statements of those amounts, each with the figure printed there; for a reference total, the score
    /// cells it rescored differently; empty otherwise. A rate worked out on a mistyped amount is folded into that amount's
    /// finding, a total whose every cell another finding holds into the first of those.
    /// </summary>
    public IReadOnlyList<FindingLocation> Bases { get; init; } = Array.Empty<FindingLocation>();
}

using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// A row of a text grid whose label was merged over the 科目编码 | 科目名称 columns and exported as one cell (“合 计 | 199.52 |
/// 199.52 | 0.00 …” under “科目编码 | 科目名称 | 本年收入合计 | 财政拨款收入 | …”): its figures stand one column left of their
/// headers, the first under 科目名称. Read with the figures moved right by the missing cell.
/// </summary>
public static class ShortLabelRow
{
    public static SourceRow Realign(SourceRow row, IReadOnlyList<ColumnSegment> segments)
    {
        if (segments.Count != 1 || segments[0].Of(ColumnRole.Code) is not ColumnSlot code || segments[0].Of(ColumnRole.Name) is not ColumnSlot name
            || name.Index != code.Index + 1 || segments[0].Last != segments[0].Values.LastOrDefault()?.Index || row.Cells.Count == 0) return row;
        var label = HeaderText.Normalize(row.At(code.Index)?.Text ?? string.Empty);
        var figures = row.Cells.Where(c => c.Column >= name.Index).ToList();
        if (label.Length == 0 || label.Any(char.IsAsciiDigit) || row.Cells.Max(c => c.Column + c.ColumnSpan) != segments[0].Last
            || figures.Count == 0 || figures.Any(c => c.Text.Trim().Length > 0 && NumberText.Parse(c.Text) is null) || NumberText.Parse(figures[0].Text) is null) return row;
        return row with { Cells = row.Cells.Select(c => c.Column >= name.Index ? c with { Column = c.Column + 1 } : c).ToList() };
    }
}

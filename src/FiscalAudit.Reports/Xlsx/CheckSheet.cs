using System.Text;
using FiscalAudit.Core.Findings;

namespace FiscalAudit.Reports.Xlsx;

/// <summary>
/// 检查表, the bureau's check-sheet layout: for each checked document one row per part (封面/目录, 部门职责,
/// 机构设置, each table, each 情况说明 section, 名词解释, evaluations, 其他) with 检查内容, 符合要求 (否 when an
/// error not waived belongs to the part) and 问题说明 listing every finding of the part; 规则编号 and 位置
/// are foldable columns. Documents alternate in shading; filter 文件 for one document's sheet.
/// </summary>
internal static class CheckSheet
{
    private const string NotFound = "文中未识别到此部分，请人工核对。";
    private const int MaxLines = 200;

    private static readonly SheetColumn[] Columns =
    {
        new("文件", ColumnKind.Wrap, 24),
        new("部门", ColumnKind.Wrap, 16),
        new("年度", ColumnKind.Integer),
        new("序号", ColumnKind.Integer),
        new("检查项目", ColumnKind.Wrap, 24),
        new("检查内容", ColumnKind.Wrap, 28),
        new("符合要求", ColumnKind.Center),
        new("问题说明", ColumnKind.Wrap, 60),
        new("规则编号", ColumnKind.Wrap, 22, Foldable: true),
        new("位置", ColumnKind.Wrap, 26, Foldable: true),
    };

    public static SheetTable Build(IReadOnlyList<LedgerDocument> documents)
    {
        var sheet = new SheetTable("检查表", "预决算公开检查表", Columns);
        var band = 0;
        foreach (var document in documents.Where(d => d.Summary.Checked))
        {
            var s = document.Summary;
            var number = 0;
            foreach (var part in document.Parts)
            {
                var complies = part.Findings.Any(f => f.Severity == Severity.Error && !f.Waived) ? "否" : "是";
                sheet.Add(band, s.File, s.Department, document.Year, ++number, part.Title, part.Check, complies,
                    Lines(part, f => $"{Label(f)}：{f.Message}", part.Found ? null : NotFound),
                    Lines(part, f => $"{f.RuleId}（{f.Id}）"),
                    Lines(part, f => f.Place.Replace('\n', ' ')));
            }
            band = 1 - band;
        }
        return sheet;
    }

    private static string Label(LedgerFinding f) => f.Waived ? $"{f.Severity.ToChinese()}（{f.Review}）" : f.Severity.ToChinese();

    /// <summary>“1. …” per finding, at most <see cref="MaxLines"/> (the rest are in 问题清单); null when there is nothing to say.</summary>
    private static string? Lines(LedgerPart part, Func<LedgerFinding, string> line, string? first = null)
    {
        var text = new StringBuilder(first);
        for (var i = 0; i < part.Findings.Count && i < MaxLines; i++)
        {
            if (text.Length > 0) text.Append('\n');
            text.Append(i + 1).Append(". ").Append(line(part.Findings[i]));
        }
        if (part.Findings.Count > MaxLines) text.Append('\n').Append($"……另有 {part.Findings.Count - MaxLines} 条，见问题清单");
        return text.Length == 0 ? null : text.ToString();
    }
}

using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Findings;
using FiscalAudit.Reports.Office;

namespace FiscalAudit.Reports.Docx;

/// <summary>The findings of one part as a table: 序号, 级别, 位置, 问题说明, 应为/实为, 规则/编号, 审核结论; header repeated on each page.</summary>
internal static class FindingTable
{
    private static readonly (string Header, int Width)[] Columns =
    {
        ("序号", 600), ("级别", 560), ("位置", 1400), ("问题说明", 2570), ("应为 / 实为", 1500), ("规则 / 编号", 1450), ("审核结论", 1332),
    };

    private static readonly int[] Widths = Columns.Select(c => c.Width).ToArray();

    /// <summary>Findings numbered from <paramref name="first"/>.</summary>
    public static Table Of(IReadOnlyList<Finding> findings, int first)
    {
        var rows = new List<TableRow> { Word.Row(Columns.Select(c => Word.Cell(c.Header, c.Width, Word.TableSize, label: true)), header: true) };
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            rows.Add(Word.Row(new[]
            {
                Word.Cell((first + i).ToString(System.Globalization.CultureInfo.InvariantCulture), Widths[0], Word.TableSize, align: JustificationValues.Center),
                Word.Cell(f.Severity.ToChinese(), Widths[1], Word.TableSize, align: JustificationValues.Center),
                Word.Cell(FindingPlace.Describe(f), Widths[2], Word.TableSize),
                Word.Cell(f.Message, Widths[3], Word.TableSize),
                Word.Cell(Compared(f), Widths[4], Word.TableSize),
                Word.Cell($"{f.RuleId}\n{f.Id}", Widths[5], Word.TableSize),
                Word.Cell(ReviewText.Of(f.Review), Widths[6], Word.TableSize),
            }));
        }
        return Word.Table(Widths, rows);
    }

    private static string Compared(Finding f)
    {
        var lines = new List<string>();
        if (f.Expected is not null) lines.Add("应为：" + PrintedValue.Text(f.Expected));
        if (f.Actual is not null) lines.Add("实为：" + PrintedValue.Text(f.Actual));
        return lines.Count == 0 ? "—" : string.Join("\n", lines);
    }
}

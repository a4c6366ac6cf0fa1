using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Seed 002 as a workbook with one table a sheet under names that say nothing (“Sheet1” … “Sheet10”, the nine 公开表 and the
/// 整体支出绩效自评 table after them): each sheet holds a
/// table's section (title, 公开0N表/部门/年度/单位 lines, the table, its notes) and the text up to the next table, the text
/// before the first table on Sheet1 over it; titles merged across all columns, amounts as numbers, as text with thousands
/// separators or as formulas. The tables cell for cell and the findings are those of the text.
/// </summary>
public class SheetPerTableWorkbookTests
{
    private static readonly Auditor Auditor = new(new AuditProfile());

    private static readonly Lazy<AuditResult> Expected = new(() => Auditor.Audit("002.txt", Encoding.UTF8.GetBytes(File.ReadAllText(Repo.Seed("002")))));

    /// <summary>The seed's blocks a table a sheet, the sheets named “Sheet1” on.</summary>
    private static byte[] Build(SheetLayout layout) => Build(File.ReadAllText(Repo.Seed("002")), layout, n => $"Sheet{n}");

    /// <summary>
    /// The blocks of <paramref name="text"/> (seed 002's ten tables) a table a sheet, sheet n named <paramref name="name"/>(n), after
    /// the sheets <paramref name="before"/> adds (a cover) and before those <paramref name="after"/> adds (hidden helpers); table
    /// <paramref name="beside"/> (1–10) on the sheet of the table before it, right of it, one blank column between.
    /// </summary>
    internal static byte[] Build(string text, SheetLayout layout, Func<int, string> name, Action<TestXlsx>? before = null, Action<TestXlsx>? after = null, int beside = 0)
    {
        var blocks = SeedWorkbook.Blocks(text);
        var workbook = new TestXlsx();
        before?.Invoke(workbook);
        var (sheet, tables, row, top, width) = (0, 0, 1, 1, 0);
        var tableOnSheet = true;
        var i = 0;
        while (i < blocks.Count)
        {
            var section = SeedWorkbook.Section(blocks, i);
            var part = blocks.GetRange(i, Math.Max(1, section));
            if (section > 0) tables++;
            if (section > 0 && tables == beside)
            {
                row = Math.Max(row, SeedWorkbook.Place(workbook, part, top, width + 1, layout));
                i += part.Count;
                continue;
            }
            if (section > 0 && tableOnSheet || sheet == 0)
            {
                workbook.Sheet(name(++sheet));
                row = 1;
                tableOnSheet = false;
            }
            tableOnSheet |= section > 0;
            if (section > 0) (top, width) = (row, part.OfType<FiscalAudit.Core.Documents.TableBlock>().Max(t => t.ColumnCount) * layout.GridColumns);
            row = SeedWorkbook.Place(workbook, part, row, 0, layout);
            i += part.Count;
        }
        Assert.Equal(10, tables);
        after?.Invoke(workbook);
        return workbook.Build();
    }

    public static TheoryData<string> Layouts => new(["number", "separated text", "formula"]);

    [SharedTheory]
    [MemberData(nameof(Layouts))]
    public void Seed_002_a_table_a_sheet_named_Sheet1_on_gives_the_same_tables_and_findings(string amounts)
    {
        var read = Auditor.Audit("002.xlsx", Build(new SheetLayout(Amounts: amounts, MergedTitles: true)));

        Assert.Equal(9, read.Disclosure!.Tables.Count);
        Assert.Equal(SameReading.Cells(Expected.Value), SameReading.Cells(read));
        Assert.Equal(SameReading.Findings(Expected.Value), SameReading.Findings(read));
    }
}

using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Plain text whose tables are drawn with box characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘, ╔═╦═╗ ║, +---+ |), as PDF/Word-to-text
/// tools print them and as people paste tables into .txt disclosures: the tables come back as the tab-separated text gives them.
/// </summary>
public class BoxTableTests
{
    public static TheoryData<string, bool, int> Drawings() => new()
    {
        { "single", false, 0 },
        { "double", false, 0 },
        { "ascii", false, 0 },
        { "single", true, 0 },
        { "single", false, 8 },
        { "double", true, 10 },
        { "ascii", true, 8 },
    };

    private static BoxDrawing.Style Named(string style) => style switch
    {
        "single" => BoxDrawing.Single,
        "double" => BoxDrawing.Double,
        _ => BoxDrawing.Ascii,
    };

    /// <summary>
    /// Seed 002's nine tables drawn with box characters — header labels merged over the columns they head, names wrapped over
    /// two lines of their row — give every table cell for cell and the same findings as the tab-separated text.
    /// </summary>
    [SharedTheory]
    [MemberData(nameof(Drawings))]
    public void Seed_002_drawn_with_box_characters_gives_the_tab_text_tables_and_findings(string style, bool merge, int wrapAt)
    {
        var text = File.ReadAllText(Repo.Seed002);
        var auditor = new Auditor(new AuditProfile());
        var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text));
        var boxed = auditor.Audit("002-box.txt", Encoding.UTF8.GetBytes(BoxDrawing.Draw(text, Named(style), merge, wrapAt)));

        var tables = Enumerable.Range(1, 9).Select(n => $"T{n}").ToList();
        Assert.Equal(tables, boxed.Disclosure!.Tables.Select(t => t.Id).Where(tables.Contains).Order(StringComparer.Ordinal));
        Assert.Equal(SameReading.Cells(expected, printed: true), SameReading.Cells(boxed, printed: true));
        Assert.Equal(SameReading.Ids(expected), SameReading.Ids(boxed));
    }

    /// <summary>An amount changed in the box-drawn table is found at its cell: the table, the row, and the line the row is drawn on.</summary>
    [SharedTheory]
    [InlineData("single")]
    [InlineData("double")]
    [InlineData("ascii")]
    public void A_planted_error_in_a_box_drawn_table_is_found_at_its_cell(string style)
    {
        var text = File.ReadAllText(Repo.Seed002);
        const string From = "八、社会保障和就业支出\t39\t10.65", To = "八、社会保障和就业支出\t39\t10.56";
        Assert.Single(text.Split(From)[1..]);
        var auditor = new Auditor(new AuditProfile());
        var clean = auditor.Audit("002-box.txt", Encoding.UTF8.GetBytes(BoxDrawing.Draw(text, Named(style))));
        var drawn = BoxDrawing.Draw(text.Replace(From, To, StringComparison.Ordinal), Named(style), merge: true, wrapAt: 8);
        var planted = auditor.Audit("002-box.txt", Encoding.UTF8.GetBytes(drawn));

        var gained = planted.Findings.Where(f => !clean.Findings.Any(c => c.RuleId == f.RuleId && c.Message == f.Message)).ToList();
        var line = drawn.Split('\n').ToList().FindIndex(l => l.Contains("10.56", StringComparison.Ordinal)) + 1;
        Assert.Contains(gained, f => f.Location.Table == "T1" && f.Location.Source?.Line == line && f.Message.Contains("10.56", StringComparison.Ordinal));
    }

    /// <summary>
    /// A pasted 三公 table: a year's label merged over its 预算 and 决算 columns (the inner bar missing), a name wrapped over two
    /// lines of its box row; box characters one column wide or two (as a CJK font draws them), single, double or ASCII lines.
    /// </summary>
    [Theory]
    [InlineData("single", false)]
    [InlineData("single", true)]
    [InlineData("double", true)]
    [InlineData("ascii", false)]
    public void Merged_and_wrapped_cells_come_back(string style, bool wideBoxes)
    {
        var tab = string.Join('\n',
            "“三公”经费支出情况表",
            "单位：万元",
            "项 目\t2023年决算\t",
            "\t预算数\t决算数",
            "因公出国（境）费\t0.00\t0.00",
            "公务用车购置及运行费\t12.40\t11.96",
            "公务接待费\t3.20\t2.85",
            "注：本表反映“三公”经费支出情况。");
        var text = BoxDrawing.Draw(tab, Named(style), merge: true, wrapAt: 6, wideBoxes);

        var blocks = Read(text);
        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal(new[] { ("项 目", 0, 1), ("2023年决算", 1, 2) }, table.Rows[0].Cells.Select(c => (c.Text, c.Column, c.ColumnSpan)));
        Assert.Equal(new[] { "", "预算数", "决算数" }, table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "因公出国（境）费", "0.00", "0.00" }, table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "公务用车购置及运行费", "12.40", "11.96" }, table.Rows[3].Cells.Select(c => c.Text));
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("12.40", StringComparison.Ordinal)) + 1, table.Rows[3].Location.Line);
        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text.StartsWith("注：", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Block> Read(string text) => new PlainTextReader().Read("box.txt", Encoding.UTF8.GetBytes(text)).Blocks;
}

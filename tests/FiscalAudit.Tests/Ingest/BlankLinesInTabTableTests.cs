using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Text extracted with a blank line after every line (as seed 004 is printed): a tab-separated table whose rows are kept apart by blank
/// lines is still one table, and ends at the first line that is no row (a note, a caption, the next table's title).
/// </summary>
public class BlankLinesInTabTableTests
{
    private const string Table = "项目\t行次\t金额\n栏次\t\t1\n一、一般公共预算财政拨款收入\t1\t199.52\n二、其他收入\t2\t0.00\n本年收入合计\t3\t199.52\n";

    private static IReadOnlyList<Block> Blocks(string text) => new PlainTextReader().Read("blank-lines.txt", Encoding.UTF8.GetBytes(text)).Blocks;

    private static string Spread(string text, string blank) => string.Join(blank, text.Split('\n'));

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n")]
    [InlineData("\r\n \r\n")]
    public void Rows_apart_by_blank_lines_are_one_table_ending_at_the_note(string blank)
    {
        var blocks = Blocks(Spread("收入决算表\n单位：万元\n" + Table + "注：本表反映部门本年度取得的各项收入情况。\n", "\n" + blank));
        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal(5, table.Rows.Count);
        Assert.Equal("本年收入合计", table.Rows[^1].At(0)!.Text);
        Assert.Equal("注：本表反映部门本年度取得的各项收入情况。", Assert.IsType<ParagraphBlock>(blocks[^1]).Text);
    }

    [Fact]
    public void Two_tables_apart_by_a_caption_stay_two()
    {
        var blocks = Blocks(Spread("收入决算表\n" + Table + "支出决算表\n" + Table, "\n\n"));
        Assert.Equal(2, blocks.OfType<TableBlock>().Count());
    }

    [SharedFact]
    public void Seed_002_with_a_blank_line_after_every_line_gives_the_tables_of_the_seed()
    {
        var seed = File.ReadAllText(Repo.Seed002);
        string Tables(string text) => string.Join('\n', DisclosureExtractor.Default.Extract(new PlainTextReader().Read("002.txt", Encoding.UTF8.GetBytes(text))).Tables
            .Select(t => $"{t.Id} {t.Title} " + string.Join(';', t.Rows.Select(r => r.Name + ":" + string.Join(',', r.Cells.Select(c => $"{c.Key}={c.Value.Number?.Value}"))))));
        var expected = Tables(seed);
        Assert.Contains("T9", expected);
        Assert.Equal(expected, Tables(Spread(seed.Replace("\r\n", "\n"), "\n\n")));
    }
}

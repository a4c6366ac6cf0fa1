using System.Text.RegularExpressions;
using static FiscalAudit.Tests.Narrative.FinalAccountsFixtures;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Extraction;

/// <summary>
/// Titles, markers and empty-table notes printed as rows of a grid (a sheet exported as text: the title centred in a row of the sheet,
/// the tables of a sheet stacked one under the other, the note under an empty table in a row of its own) are read as the lines they
/// are: the nine tables of the Guangdong fixture are found in each layout, the right text gives no finding and a slip is still found.
/// A table found under its title whose header names no column gives its read note once, not also a missing-table error.
/// </summary>
public class GridTextRowsTests
{
    private const string Source = "guangdong-district-data-bureau.txt";

    /// <summary>“公开0N表”, its title and the “部门：… 单位：万元” caption, each with the blank line after it.</summary>
    private static readonly Regex Heading = new(@"公开0(\d)表\n\n([^\n]+表)\n\n(部门：[^\n]+)\n\n");

    /// <summary>The title centred in a row of the sheet, the marker at the right of the next row, both glued to the grid.</summary>
    private static string CentredTitleRows(string text) =>
        Heading.Replace(text, m => $"\t\t{m.Groups[2].Value}\t\t\t\n\t\t\t\t\t公开0{m.Groups[1].Value}表\n{m.Groups[3].Value}\n");

    /// <summary>Every table under the one before it in one grid: title rows, the notes set in rows of their own.</summary>
    private static string StackedInOneGrid(string text)
    {
        var glued = Heading.Replace(text, m => $"{m.Groups[2].Value}\t\t\t\t\t\n{m.Groups[3].Value}\n");
        glued = Regex.Replace(glued, @"\n\n注：本表[^\n]*\n", "\n");
        return Regex.Replace(glued, @"\n\n(说明：[^\n]*)\n", "\n$1\t\t\n");
    }

    public static TheoryData<string> Layouts => new() { nameof(CentredTitleRows), nameof(StackedInOneGrid) };

    private static string Laid(string layout) =>
        layout == nameof(CentredTitleRows) ? CentredTitleRows(Text(Source)) : StackedInOneGrid(Text(Source));

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_nine_tables_are_read_and_the_right_text_gives_no_finding(string layout)
    {
        var text = Laid(layout);
        Assert.NotEqual(Text(Source), text);
        var disclosure = FromText(text);
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"T{n}"), disclosure.Tables.Select(t => t.Id).Distinct().Order());
        Assert.Empty(Check(text).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_slip_in_a_table_under_a_title_row_is_found_at_its_row(string layout)
    {
        var text = Laid(layout);
        const string Right = "30205\t水费\t1.37";
        var finding = Assert.Single(Check(text.Replace(Right, "30205\t水费\t1.47", StringComparison.Ordinal)));
        Assert.Equal(("FA1006", LineOf(text, "302\t商品和服务支出\t72.42")), (finding.RuleId, finding.Location.Line));
    }

    [Fact]
    public void A_table_whose_header_names_no_column_gives_its_read_note_once()
    {
        var text = Text(Source);
        const string Header = "科目编码\t\t\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余\n类\t款\t项\t科目名称\t\t\t小计\t基本支出\t项目支出\t\n";
        Assert.Equal(1, text.Split(Header).Length - 1);
        var unread = text.Replace(Header, "栏目甲\t\t\t\t栏目乙\t栏目丙\t栏目丁\t\t\t栏目戊\n甲\t乙\t丙\t丁\t\t\t戊\t己\t庚\t\n", StringComparison.Ordinal);
        var disclosure = FromText(unread);
        Assert.Null(disclosure.Table("T8"));
        Assert.Contains("T8", disclosure.UnreadTables.Keys);
        Assert.Equal("FA0002", Assert.Single(Check(unread)).RuleId);
    }
}

using FiscalAudit.Core.Model;
using FiscalAudit.Extract;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Extraction;

/// <summary>The standard tables of the three Shanghai PDFs, against values read by hand from the PDFs.</summary>
public class PdfTablesTests
{
    private static readonly Lazy<Disclosure> Clean = new(() => Extract("上海市普陀区财政局2024年度部门决算.pdf"));
    private static readonly Lazy<Disclosure> Planted = new(() => Extract("24年普陀区财政局（测试问题版本）.pdf"));
    private static readonly Lazy<Disclosure> Template = new(() => Extract("附件2：部门决算模板.pdf"));

    private static Disclosure Extract(string name) => DisclosureExtractor.Default.Extract(DocumentReaders.Default.Read(Repo.Corpus(name)));

    [SharedFact]
    public void Clean_disclosure_has_all_nine_tables_on_their_pages()
    {
        var d = Clean.Value;
        Assert.Equal(("上海市普陀区财政局", 2024, "万元"), (d.Department, d.Year, d.Unit));
        Assert.False(d.IsTemplate);
        Assert.Equal(TableIds.Standard, d.Tables.Select(t => t.Id));
        Assert.Equal(new int?[] { 6, 8, 10, 12, 15, 16, 18, 19, 20 }, d.Tables.Select(t => t.Location.Page));
    }

    [SharedTheory]
    [InlineData("收入", "一般公共预算财政拨款收入", "2940.05")]
    [InlineData("收入", "其他收入", "6.20")]
    [InlineData("收入", "本年收入合计", "2946.25")]
    [InlineData("收入", "年初结转和结余", "49.14")]
    [InlineData("收入", "总计", "2995.39")]
    [InlineData("支出", "一般公共服务支出", "2106.66")]
    [InlineData("支出", "社会保障和就业支出", "326.71")]
    [InlineData("支出", "住房保障支出", "445.69")]
    [InlineData("支出", "年末结转和结余", "55.34")]
    public void Clean_T1_amounts(string side, string key, string amount)
    {
        var row = Clean.Value.Table("T1")!.Rows.Single(r => r.Side == side && r.Key == key);
        Assert.Equal(decimal.Parse(amount), row[StandardColumns.Amount]!.Value.Value);
    }

    [SharedFact]
    public void Clean_T1_blank_cells_are_not_zero()
    {
        var row = Clean.Value.Table("T1")!.Rows.Single(r => r.Side == "支出" && r.Key == "外交支出");
        Assert.Null(row[StandardColumns.Amount]);
    }

    [SharedTheory]
    [InlineData("T2", "2010601", "行政运行", "本年收入合计", "1511.90")]
    [InlineData("T2", "2010601", "行政运行", "财政拨款收入", "1511.89")]
    [InlineData("T2", "2010601", "行政运行", "其他收入", "0.01")]
    [InlineData("T2", "2080505", "机关事业单位基本养老保险缴费支出", "本年收入合计", "160.75")]
    [InlineData("T2", "20106", "财政事务", "其他收入", "6.20")]
    [InlineData("T3", "2010601", "行政运行", "项目支出", "8.37")]
    [InlineData("T3", "2080506", "机关事业单位职业年金缴费支出", "基本支出", "80.38")]
    [InlineData("T5", "2080505", "机关事业单位基本养老保险缴费支出", "合计", "160.75")]
    [InlineData("T5", "2210203", "购房补贴", "基本支出", "258.50")]
    [InlineData("T6", "30101", "基本工资", "决算数", "262.33")]
    [InlineData("T6", "30201", "办公费", "决算数", "21.21")]
    public void Clean_coded_rows(string table, string code, string name, string column, string value)
    {
        var row = Clean.Value.Table(table)!.Rows.Single(r => r.Code == code);
        Assert.Equal(name, row.Name);
        Assert.Equal(decimal.Parse(value), row[column]!.Value.Value);
    }

    [SharedFact]
    public void Clean_totals_of_T3_T5_T6_and_T7()
    {
        var d = Clean.Value;
        var t3 = d.Table("T3")!.Rows.Single(r => r.Key == "合计");
        Assert.Equal((2940.05m, 2336.91m, 603.14m), (t3["本年支出合计"]!.Value.Value, t3["基本支出"]!.Value.Value, t3["项目支出"]!.Value.Value));
        Assert.Equal(2940.05m, d.Table("T5")!.Rows.Single(r => r.Key == "合计")["合计"]!.Value.Value);
        Assert.Equal(2152.26m, d.Table("T6")!.Rows.Single(r => r.Key == "人员经费合计")["决算数"]!.Value.Value);
        Assert.Equal(184.65m, d.Table("T6")!.Rows.Single(r => r.Key == "公用经费合计")["决算数"]!.Value.Value);
        var t7 = d.Table("T7")!.Rows.Single();
        Assert.Equal(0.95m, t7["预算数·合计"]!.Value.Value);
        Assert.Equal(0.95m, t7["预算数·公务接待费"]!.Value.Value);
        Assert.Null(t7["决算数·合计"]);
    }

    [SharedFact]
    public void Clean_fund_tables_are_empty_with_their_note()
    {
        foreach (var id in new[] { "T8", "T9" })
        {
            var table = Clean.Value.Table(id)!;
            Assert.True(table.HasNoFigures);
            Assert.Contains("故本表无数据", table.NoDataNote);
        }
    }

    [SharedFact]
    public void Planted_copy_lacks_the_expenditure_table_and_the_three_public_figures()
    {
        var d = Planted.Value;
        Assert.Equal(new[] { "T1", "T2", "T4", "T5", "T6", "T7", "T8", "T9" }, d.Tables.Select(t => t.Id));
        Assert.True(d.Table("T7")!.HasNoFigures);
        Assert.Equal(2995.39m, d.Table("T1")!.Rows.Single(r => r.Side == "收入" && r.Key == "总计")[StandardColumns.Amount]!.Value.Value);
    }

    [SharedFact]
    public void Template_is_recognised_as_a_blank_template()
    {
        var d = Template.Value;
        Assert.True(d.IsTemplate);
        Assert.Equal(TableIds.Standard, d.Tables.Select(t => t.Id));
        Assert.All(d.Tables, t => Assert.True(t.HasNoFigures));
    }
}

using FiscalAudit.Core.Model;
using FiscalAudit.Extract;
using FiscalAudit.Ingest;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Extraction;

/// <summary>Seed 002 (沁阳 2020): every table found, values as transcribed by hand from the seed.</summary>
public class Seed002TablesTests
{
    private static readonly Lazy<Disclosure> Seed = new(() => DisclosureExtractor.Default.Extract(DocumentReaders.Default.Read(Repo.Seed002)));

    private static Disclosure Disclosure => Seed.Value;

    [SharedFact]
    public void Metadata_is_read()
    {
        Assert.Equal(DocumentKind.FinalAccounts, Disclosure.Kind);
        Assert.Equal("沁阳市政务服务和大数据管理局", Disclosure.Department);
        Assert.Equal(2020, Disclosure.Year);
        Assert.Equal("万元", Disclosure.Unit);
    }

    [SharedFact]
    public void All_nine_tables_are_found_in_order()
    {
        Assert.Equal(TableIds.Standard, Disclosure.Tables.Select(t => t.Id));
        Assert.Equal("一般公共预算财政拨款支出决算表", Disclosure.Table("T5")!.Title);
    }

    [SharedTheory]
    [InlineData("收入", "一般公共预算财政拨款收入", 1, "199.52")]
    [InlineData("收入", "年初结转和结余", 29, "4.77")]
    [InlineData("收入", "总计", 31, "204.29")]
    [InlineData("支出", "一般公共服务支出", 32, "176.99")]
    [InlineData("支出", "社会保障和就业支出", 39, "10.65")]
    [InlineData("支出", "本年支出合计", 58, "192.58")]
    [InlineData("支出", "年末结转和结余", 60, "11.71")]
    [InlineData("支出", "总计", 62, "204.29")]
    public void T1_sides_are_separate_rows(string side, string key, int lineNumber, string amount)
    {
        var row = Disclosure.Table("T1")!.Rows.Single(r => r.Side == side && r.Key == key);
        Assert.Equal(lineNumber, row.LineNumber);
        Assert.Equal(decimal.Parse(amount), row[StandardColumns.Amount]!.Value.Value);
        Assert.Equal(2, row[StandardColumns.Amount]!.Value.Decimals);
    }

    [SharedFact]
    public void T1_has_one_row_per_printed_label()
    {
        var t1 = Disclosure.Table("T1")!;
        Assert.Equal(12, t1.Rows.Count(r => r.Side == "收入"));
        Assert.Equal(30, t1.Rows.Count(r => r.Side == "支出"));
    }

    [SharedTheory]
    [InlineData("T2", null, "合计", "本年收入合计", "199.52")]
    [InlineData("T2", "2010306", "政务公开审批", "财政拨款收入", "175.74")]
    [InlineData("T2", "2080505", "机关事业单位基本养老保险缴费支出", "本年收入合计", "11.75")]
    [InlineData("T2", "2101102", "事业单位医疗", "其他收入", "0.00")]
    [InlineData("T3", "2080505", "机关事业单位基本养老保险缴费支出", "基本支出", "10.17")]
    [InlineData("T3", "2101102", "事业单位医疗", "本年支出合计", "0.01")]
    [InlineData("T3", null, "合计", "对附属单位补助支出", "0.00")]
    [InlineData("T4", null, "一般公共服务支出", "一般公共预算财政拨款", "176.99")]
    [InlineData("T4", null, "年末财政拨款结转和结余", "合计", "11.71")]
    [InlineData("T5", "2019999", "其他一般公共服务支出", "合计", "0.00")]
    [InlineData("T5", "2101101", "行政单位医疗", "基本支出", "4.94")]
    [InlineData("T6", "30226", "劳务费", "决算数", "42.83")]
    [InlineData("T6", "31002", "办公设备购置", "决算数", "2.42")]
    [InlineData("T6", "303", "对个人和家庭的补助", "决算数", "1.66")]
    [InlineData("T6", null, "人员经费合计", "决算数", "117.74")]
    [InlineData("T6", null, "公用经费合计", "决算数", "74.84")]
    [InlineData("T7", null, "三公经费", "预算数·公务接待费", "0.30")]
    [InlineData("T7", null, "三公经费", "预算数·合计", "0.30")]
    [InlineData("T7", null, "三公经费", "决算数·公务用车购置及运行费·小计", "0.00")]
    public void Cells_carry_code_name_column_and_value(string table, string? code, string name, string column, string value)
    {
        var row = Disclosure.Table(table)!.Rows.First(r => r.Code == code && r.Name.EndsWith(name, StringComparison.Ordinal));
        Assert.Equal(decimal.Parse(value), row[column]!.Value.Value);
    }

    [SharedFact]
    public void Every_printed_number_of_the_function_tables_is_read()
    {
        Assert.Equal(14 * 7, Disclosure.Table("T2")!.Rows.Sum(r => r.Cells.Values.Count(c => c.Number is not null)));
        Assert.Equal(12 * 6, Disclosure.Table("T3")!.Rows.Sum(r => r.Cells.Values.Count(c => c.Number is not null)));
        Assert.Equal(14 * 3, Disclosure.Table("T5")!.Rows.Sum(r => r.Cells.Values.Count(c => c.Number is not null)));
        Assert.Equal(12, Disclosure.Table("T7")!.Rows.Single().Cells.Count);
        Assert.Equal(82, Disclosure.Table("T6")!.Rows.Count(r => r.Cells.Values.Any(c => c.Number is not null)));
        Assert.Equal(12 + 30, Disclosure.Table("T1")!.Rows.Sum(r => r.Cells.Values.Count(c => c.Number is not null)));
        Assert.Equal(9 + (29 * 4), Disclosure.Table("T4")!.Rows.Sum(r => r.Cells.Values.Count(c => c.Number is not null)));
    }

    [SharedFact]
    public void Empty_fund_tables_keep_their_no_data_note_and_blank_cells()
    {
        var t8 = Disclosure.Table("T8")!;
        Assert.True(t8.HasNoFigures);
        Assert.Contains("故本表无数据", t8.NoDataNote);
        Assert.Null(t8.Rows.Single()[StandardColumns.OpeningBalance]);
        Assert.Contains("国有资本经营", Disclosure.Table("T9")!.NoDataNote);
    }

    [SharedFact]
    public void Rows_keep_their_line_numbers()
    {
        var row = Disclosure.Table("T3")!.Rows.Single(r => r.Code == "2080505");
        Assert.Equal(183, row.Location.Line);
    }
}

using System.Text;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Extract.Narrative;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Extraction;

/// <summary>
/// How other regions' ruled tables print what stands over and beside their figures (issue 12, classes 3 and 11): the table
/// number on the line of the 单位名称 (“公开06表单位名称：…” when a PDF's text joins the two lines); captions in the table's first row
/// (“单位名称：… | 金额单位：万元”), which are no header — read as one they hid 表一's 收入 and 支出 sides; 款 and 项 parts of
/// a 功能分类 code kept as numbers by a workbook (“213 | 1 | 22” for 2130122). Tables composed as tab-separated text.
/// </summary>
public class RuledTableHeadTests
{
    [Theory]
    [InlineData("公开06表单位名称：南宁市农业农村局2023年度金额单位：万元", "南宁市农业农村局")]
    [InlineData("公开 03 表  编制单位：桂林市七星区教育局　　单位：万元", "桂林市七星区教育局")]
    [InlineData("附表3部门：柳州市城中区民政局", "柳州市城中区民政局")]
    [InlineData("表六 填报单位：玉林市玉州区卫生健康局", "玉林市玉州区卫生健康局")]
    public void A_unit_line_after_the_table_number_names_its_unit(string line, string unit)
    {
        var mark = DepartmentNames.InLabel(line, new SourceLocation("qingxiu.pdf", Page: 3, Line: 2));
        Assert.Equal(unit, mark?.Text);
    }

    [Theory]
    [InlineData("收入支出决算总表公开01表")]
    [InlineData("公开01表 收入支出决算总表 2023年度")]
    public void A_table_number_without_a_label_names_no_unit(string line) =>
        Assert.Null(DepartmentNames.InLabel(line, new SourceLocation("qingxiu.pdf", Page: 3, Line: 2)));

    [Theory]
    [InlineData("单位名称：南宁市青秀区农业农村局　2023年度\t\t\t\t金额单位：万元\t")]
    [InlineData("编制单位：南宁市青秀区农业农村局\t\t2023年度\t\t\t金额单位：万元")]
    [InlineData("部门：南宁市青秀区农业农村局\t\t\t\t\t单位：万元")]
    public void Captions_in_the_first_row_of_a_table_leave_its_sides_to_its_header(string captions)
    {
        var result = Audit(Document(T1(captions, "1485.01")));
        var t1 = result.Disclosure!.Tables.Single(t => t.Id == "T1");
        Assert.Equal(["收入", "支出"], t1.Rows.Select(r => r.Side).Distinct());
        Assert.DoesNotContain(t1.Rows, r => r.Name.Contains("单位", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("FA1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_total_that_is_not_the_sum_of_its_rows_is_found_under_captions_in_the_first_row()
    {
        var result = Audit(Document(T1("单位名称：南宁市青秀区农业农村局\t\t\t\t金额单位：万元\t", "1495.01")));
        Assert.Contains(result.Findings, f => f.RuleId == "FA1001" && f.Location.Table == "T1" && f.Location.Row == "本年收入合计");
    }

    [Theory]
    [InlineData("213\t1\t22", "213\t1\t26", "2130122", "2130126")]
    [InlineData("213\t01\t22", "213\t1\t26", "2130122", "2130126")]
    [InlineData("208\t5\t5", "208\t5\t6", "2080505", "2080506")]
    public void Parts_of_a_code_kept_as_numbers_lose_no_zero(string first, string second, string firstCode, string secondCode)
    {
        var klass = first[..3];
        var item = klass + first.Split('\t')[1].PadLeft(2, '0');
        var t5 = string.Join('\n',
            "一般公共预算财政拨款支出决算表", "公开05表", "单位名称：南宁市青秀区农业农村局", "金额单位：万元",
            "项目\t\t\t\t本年支出\t\t",
            "功能分类科目编码\t\t\t科目名称\t小计\t基本支出\t项目支出",
            "类\t款\t项\t\t\t\t",
            "栏次\t\t\t\t1\t2\t3",
            "合计\t\t\t\t30.00\t10.00\t20.00",
            $"{klass}\t\t\t类级科目\t30.00\t10.00\t20.00",
            $"{klass}\t{first.Split('\t')[1]}\t\t款级科目\t30.00\t10.00\t20.00",
            $"{first}\t项级科目甲\t10.00\t10.00\t0.00",
            $"{second}\t项级科目乙\t20.00\t0.00\t20.00");
        var t5Table = Audit(Document(t5)).Disclosure!.Tables.Single(t => t.Id == "T5");
        Assert.Equal([klass, item, firstCode, secondCode], t5Table.Rows.Where(r => r.Code is not null).Select(r => r.Code));
    }

    private static AuditResult Audit(string text) => new Auditor(new AuditProfile()).Audit("青秀区农业农村局.txt", Encoding.UTF8.GetBytes(text));

    private static string Document(string tables) =>
        "南宁市青秀区农业农村局2023年度部门决算\n\n第二部分 2023年度部门决算表\n\n" + tables + "\n\n注：本表反映部门本年度的情况。\n";

    /// <summary>表一 with <paramref name="captions"/> as its first row and <paramref name="incomeTotal"/> as its 本年收入合计 (the rows sum to 1485.01).</summary>
    private static string T1(string captions, string incomeTotal) => string.Join('\n',
        "收入支出决算总表", "公开01表",
        captions,
        "收入\t\t\t支出\t\t",
        "项目\t行次\t金额\t项目\t行次\t金额",
        "栏次\t\t1\t栏次\t\t2",
        "一、一般公共预算财政拨款收入\t1\t1473.01\t一、一般公共服务支出\t6\t35.20",
        "二、其他收入\t2\t12.00\t二、农林水支出\t7\t1429.81",
        $"本年收入合计\t3\t{incomeTotal}\t本年支出合计\t8\t1465.01",
        "年初结转和结余\t4\t30.00\t年末结转和结余\t9\t50.00",
        $"总计\t5\t1515.01\t总计\t10\t1515.01");
}

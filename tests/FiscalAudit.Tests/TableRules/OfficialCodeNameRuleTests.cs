using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.CrossTable;
using static FiscalAudit.Tests.TableRules.Build;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Tests.TableRules;

/// <summary>FA2021 on composed tables: a code's printed name against the name list of the document's year.</summary>
public class OfficialCodeNameRuleTests
{
    private static List<Finding> Check(int? year, params FiscalTable[] tables)
    {
        var disclosure = Disclosure(tables);
        disclosure.Year = year;
        return new OfficialCodeNameRule().Check(disclosure).ToList();
    }

    private static FiscalTable T3(string code, string name) => Table("T3", Row(code, name, (C.ExpenditureTotal, "4.95")));

    [Fact]
    public void Pre_2019_class_name_in_a_2023_document_is_a_warning_naming_both()
    {
        var finding = Assert.Single(Check(2023, T3("210", "医疗卫生与计划生育支出")));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("T3", finding.Location.Table);
        Assert.Equal("210 医疗卫生与计划生育支出", finding.Location.Row);
        Assert.Equal("表三科目 210 自2019年起名称为“卫生健康支出”，表中仍为旧名称“医疗卫生与计划生育支出”", finding.Message);
        Assert.Equal("卫生健康支出", finding.Expected);
        Assert.Equal("医疗卫生与计划生育支出", finding.Actual);
    }

    [Fact]
    public void The_years_name_is_no_finding()
    {
        Assert.Empty(Check(2023, T3("210", "卫生健康支出"), T3("207", "文化旅游体育与传媒支出")));
        Assert.Empty(Check(2018, T3("210", "医疗卫生与计划生育支出")));
    }

    [Theory]
    [InlineData("T3", "2010399", "其他政府办公厅（室）及相关机构事务 支出")] // a wrapped cell joined with a space
    [InlineData("T3", "2010399", "其他政府办公厅(室)及相关机构事务支出")]    // half-width brackets
    [InlineData("T3", "210", "九、卫生健康支出")]                            // an ordinal before the name
    [InlineData("T3", "210", "“卫生健康支出”")]
    [InlineData("T6", "30213", "维修(护)费")]                               // as printed in the Putuo 2025 budgets
    public void Layout_noise_is_no_finding(string table, string code, string name)
    {
        Assert.Empty(Check(2025, Table(table, Row(code, name, (C.Actual, "1.00")))));
    }

    /// <summary>No table in ../shared drops “支出” from a name, so a shortened name is reported.</summary>
    [Fact]
    public void A_dropped_zhichu_is_a_finding()
    {
        var finding = Assert.Single(Check(2024, T3("210", "卫生健康")));
        Assert.Equal("表三科目 210 名称为“卫生健康”，2024年政府收支分类科目中该编码的名称为“卫生健康支出”", finding.Message);
    }

    [Fact]
    public void A_later_name_in_an_earlier_year_is_named_as_such()
    {
        var finding = Assert.Single(Check(2018, T3("210", "卫生健康支出")));
        Assert.Equal("表三科目 210 在2018年的名称为“医疗卫生与计划生育支出”，表中为2019年起才使用的名称“卫生健康支出”", finding.Message);
    }

    /// <summary>20805 is documented as 行政事业单位离退休 up to 2018 and 行政事业单位养老支出 from 2020: the year of the change is not stated.</summary>
    [Fact]
    public void A_former_name_without_a_documented_change_year_says_until_when_it_was_used()
    {
        var finding = Assert.Single(Check(2024, T3("20805", "行政事业单位离退休")));
        Assert.Equal("表三科目 20805 在2024年的名称为“行政事业单位养老支出”，表中仍为旧名称“行政事业单位离退休”（2018年及以前的名称）", finding.Message);
        Assert.Empty(Check(2019, T3("20805", "行政事业单位离退休")));
    }

    [Fact]
    public void Economic_codes_of_the_2018_reform_are_checked_in_table_six()
    {
        var t6 = Table("T6", SideRow("人员经费", "30311", "住房公积金", (C.Actual, "8.15")), SideRow("人员经费", "30113", "住房公积金", (C.Actual, "8.15")));
        var finding = Assert.Single(Check(2020, t6));
        Assert.Equal("T6", finding.Location.Table);
        Assert.Equal("表六科目 30311 自2018年起名称为“代缴社会保险费”，表中仍为旧名称“住房公积金”", finding.Message);
    }

    [Fact]
    public void Unlisted_codes_placeholder_tables_and_documents_without_a_year_are_not_checked()
    {
        Assert.Empty(Check(2024, T3("2299999", "其他支出")));
        Assert.Empty(Check(null, T3("210", "医疗卫生与计划生育支出")));
        var placeholder = T3("210", "医疗卫生与计划生育支出");
        placeholder.IsPlaceholder = true;
        Assert.Empty(Check(2024, placeholder));
    }

    [Fact]
    public void Every_cell_with_the_old_name_is_reported()
    {
        var findings = Check(2023, Table("T2", Row("210", "医疗卫生与计划生育支出", (C.RevenueTotal, "4.95"))), T3("210", "医疗卫生与计划生育支出"));
        Assert.Equal(new[] { "T2", "T3" }, findings.Select(f => f.Location.Table));
    }
}

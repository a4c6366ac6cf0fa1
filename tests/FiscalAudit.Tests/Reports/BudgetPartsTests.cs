using FiscalAudit.Reports;
using FiscalAudit.Reports.Parts;
using FiscalAudit.Tests.Budget;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Reports;

/// <summary>
/// The parts of real budgets (the 检查表 rows): 封面/目录 … 预算编制说明, each table of the template the budget
/// was read with in its 目录 order, 其他相关说明, 项目经费情况说明 — and the part each real finding is filed under.
/// </summary>
public class BudgetPartsTests
{
    private static readonly string[] Fixed = { "cover", "duties", "organisation", "glossary", "narrative", "tables" };

    [SharedFact]
    public void A_shanghai_department_budget_has_its_nine_tables_and_the_budget_sections_all_seen()
    {
        var result = BudgetCorpus.Audit("上海市普陀区财政局部门25年预算.pdf");
        var parts = DisclosureParts.Of(result.Disclosure).Parts;

        var tables = Enumerable.Range(1, 9).Select(n => $"table:B0{n}");
        Assert.Equal(Fixed.Concat(tables).Concat(new[] { "other-notes", "project-funds", "other" }), parts.Select(p => p.Key));
        Assert.Equal("表五 2025年部门一般公共预算支出功能分类预算表", parts.Single(p => p.Key == "table:B05").Title);
        Assert.Equal(new[] { "预算编制说明", "其他相关说明", "项目经费情况说明" }, parts.Where(p => p.Key is "narrative" or "other-notes" or "project-funds").Select(p => p.Title));
        Assert.All(parts.Where(p => p.Key != "cover"), p => Assert.True(p.Found, p.Title));
        Assert.DoesNotContain(parts, p => p.Title == "全文");
    }

    [SharedFact]
    public void A_jiangsu_budget_lists_its_twelve_tables_in_the_order_it_prints_them_and_files_narrative_slips_under_the_narrative()
    {
        var result = BudgetCorpus.Audit("江苏省人民检察院2018年部门预算公开.pdf");
        var parts = DisclosureParts.Of(result.Disclosure);

        var ordinals = parts.Parts.Where(p => p.Key.StartsWith("table:", StringComparison.Ordinal)).Select(p => p.Title.Split(' ')[0]);
        Assert.Equal(new[] { "表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九", "表十", "表十一", "表十二" }, ordinals);
        Assert.Equal("table:B12", parts.Parts.Single(p => p.Title.StartsWith("表五 ", StringComparison.Ordinal)).Key);

        // 支出预算总计 21,955.35 “增加3,958.67万元，增长21.95%” (p.23) and the shares on p.25 are 部门预算情况说明 statements.
        var rates = result.Findings.Where(f => f.RuleId is "FA3002" or "FA3003").ToList();
        Assert.Contains(rates, f => f.Location.Page == 23 && f.Message.Contains("21,955.35", StringComparison.Ordinal));
        Assert.All(rates, f => Assert.Equal("narrative", parts.PartOf(f).Key));
        Assert.False(parts.Parts.Single(p => p.Key == "project-funds").Found);
    }

    /// <summary>
    /// “第三部分江苏省高级人民法院2017年度 / 部门预算情况说明” (p19) and “第三部分江苏省人大常委会办公厅 / 2017年度部门预算情况说明”
    /// (p23) are titles wrapped to two lines: read as one, the slips after them are filed under 预算编制说明, not 其他.
    /// </summary>
    [SharedTheory]
    [InlineData("江苏省高级人民法院2017年度部门预算公开.pdf", "FA3002", 20, 18)]
    [InlineData("江苏省高级人民法院2017年度部门预算公开.pdf", "FA3003", 22, 17)]
    [InlineData("江苏省人大办公厅2017年度预算公开.pdf", "FA6401", 26, 5)]
    public void Slips_after_a_wrapped_part_title_are_filed_under_the_narrative(string file, string rule, int page, int line)
    {
        var result = BudgetCorpus.Audit(file);
        var finding = Assert.Single(result.Findings, f => f.RuleId == rule);
        Assert.Equal((page, line), (finding.Location.Page, finding.Location.Line));
        Assert.Equal("narrative", DisclosureParts.Of(result.Disclosure).PartOf(finding).Key);
    }

    [SharedFact]
    public void Template_residue_in_the_other_matters_goes_to_the_other_notes_row()
    {
        var result = BudgetCorpus.Audit("江苏省人大办公厅2018预算公开.pdf");
        var parts = DisclosureParts.Of(result.Disclosure);

        // p.29 “十三、其他重要事项说明 …（二）国有资本经营预算收支情况 … 增加（减少） 0 万元，增长（降低） 0 %”.
        var residue = result.Findings.Where(f => f.RuleId == "FA3016").ToList();
        Assert.Contains(residue, f => f.Location.Page == 29);
        Assert.All(residue.Where(f => f.Location.Page == 29), f => Assert.Equal("other-notes", parts.PartOf(f).Key));
        Assert.All(residue.Where(f => f.Location.Page < 29), f => Assert.Equal("narrative", parts.PartOf(f).Key));
    }

    [SharedFact]
    public void The_check_sheet_of_a_budget_has_a_row_per_budget_part_and_says_no_where_an_error_is()
    {
        var result = BudgetCorpus.Audit("上海市普陀区商务委员会25年预算.pdf");
        var report = new DocumentReport(result.File, result.Disclosure, result.Findings, result.ReadError);

        var rows = WorkbookContent.Read(XlsxLedgerTests.Save(XlsxLedgerTests.Ledger(new[] { report }))).Rows("检查表");

        var items = rows.Select(r => r["检查项目"].Text).ToList();
        Assert.Equal(18, items.Count);
        Assert.Equal(new[] { "封面/目录", "主要职能", "机构设置", "名词解释", "预算编制说明", "预算公开表（总体）" }, items.Take(6));
        Assert.Equal("表一 2025年部门财务收支预算总表", items[6]);
        Assert.Equal("表九 2025年部门三公经费和机关运行经费预算表", items[14]);
        Assert.Equal(new[] { "其他相关说明", "项目经费情况说明", "其他" }, items.Skip(15));
        // The 比较基数 finding (p.7, three places with 2024年预算执行数 against 2024年预算: one inconsistency) is in the 预算编制说明 row.
        var narrative = rows.Single(r => r["检查项目"].Text == "预算编制说明");
        Assert.Equal(1, narrative["规则编号"].Text.Split('\n').Count(l => l.Contains("FA3017（", StringComparison.Ordinal)));
    }
}

using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Engine;
using FiscalAudit.Rules;
using FiscalAudit.Rules.Formulas;
using FiscalAudit.Rules.Templates;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Formulas;

/// <summary>The formulas of the national template: in the catalog, shown on their rule pages, and right on seed 002.</summary>
public class TemplateFormulaTests
{
    private static readonly IReadOnlyList<FormulaRule> National = FormulaRule.From(TableTemplate.National);

    /// <summary>The rules written as formulas (their C# classes are gone).</summary>
    private static readonly string[] Converted = { "FA1001", "FA1002", "FA1003", "FA1004", "FA1005", "FA1006", "FA1007", "FA1008", "FA1009", "FA1011", "FA2001", "FA2002", "FA2003", "FA2004", "FA2005", "FA2006", "FA2007", "FA2009", "FA2010" };

    [Fact]
    public void The_national_template_carries_the_converted_rules_and_the_catalog_runs_them()
    {
        Assert.Equal(Converted, National.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal));
        Assert.All(National, r => Assert.Contains(RuleCatalog.Default.Rules, c => c is FormulaRule && c.Descriptor == r.Descriptor));
        Assert.Equal(RuleCategories.CrossTable, RuleCatalog.Default.Find("FA2004")!.Category);
    }

    [Fact]
    public void Every_formula_rule_page_shows_its_formulas()
    {
        foreach (var rule in National)
        {
            var page = File.ReadAllText(Path.Combine(Repo.Root, rule.Descriptor.DocumentationPath));
            Assert.Contains("## Formula", page);
            Assert.All(rule.Formulas, f => Assert.Contains(f.Text, page));
        }
    }

    [Fact]
    public void The_error_examples_of_docs_formulas_are_the_real_messages()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "formulas.md"));
        var error = Assert.Throws<FormulaException>(() => FormulaParser.Parse("模板 national-final-accounts.json 规则 FA1001 ", "T1.收入[本年收入合计.金额 = sum(T1.收入[一..八].金额)"));
        Assert.Contains(error.Message, doc);
        error = Assert.Throws<FormulaException>(() => FormulaParser.Parse("模板 national-final-accounts.json 规则 FA2004 ", "T4.支出[本年支出合计之前].合计 = T5[合计].合计"));
        Assert.Contains(error.Message, doc);
    }

    /// <summary>Seed 002's 表一 holds (199.52 = 199.52 + 0.00 × 7); printed 0.10 higher, FA1001 reports it as docs/formulas.md shows.</summary>
    [SharedFact]
    public void Seed002_revenue_total_holds_and_a_misprint_is_reported_as_documented()
    {
        var disclosure = new Auditor().Audit(Repo.Seed002).Disclosure!;
        var rule = RuleCatalog.Default.Rules.Single(r => r.Descriptor.Id == "FA1001");
        Assert.Empty(rule.Check(disclosure));

        var t1 = disclosure.Table("T1")!;
        var total = t1.Rows.Single(r => r.Side == "收入" && r.Key == "本年收入合计");
        var cell = total.Cells[StandardColumns.Amount];
        Assert.Equal(199.52m, cell.Number!.Value.Value);
        total.Cells[StandardColumns.Amount] = cell with { Number = NumberText.Parse("199.62"), Text = "199.62" };
        var finding = Assert.Single(rule.Check(disclosure));
        const string Message = "表一“本年收入合计”行 199.62 ≠ 各项收入之和（8 项）199.52（差 0.10；2 个打印数的舍入误差合计至多 ±0.01，不能解释这一差异）";
        Assert.Equal(Message, finding.Message);
        Assert.Contains(Message, File.ReadAllText(Path.Combine(Repo.Root, "docs", "formulas.md")));
        Assert.Equal(8, finding.RelatedLocations.Count);
    }

    /// <summary>
    /// The sample's 表五 misprint (2101101 合计 20.00, 基本支出 21.00): FA1005 and FA1006 report it as docs/formulas.md shows
    /// (the report folds both into the finding at the mistyped cell, quoting them).
    /// </summary>
    [Fact]
    public void Sample_row_sum_and_hierarchy_findings_are_the_documented_ones()
    {
        var disclosure = new Auditor().Audit(Path.Combine(Repo.Root, "examples", "sample-final-accounts-2023.txt")).Disclosure!;
        var findings = National.SelectMany(r => r.Check(disclosure)).ToList();
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "formulas.md"));
        var rowSum = Assert.Single(findings, f => f.RuleId == "FA1005");
        Assert.Equal(("T5", "2101101 行政单位医疗", StandardColumns.Total), (rowSum.Location.Table, rowSum.Location.Row, rowSum.Location.Column));
        Assert.Contains(rowSum.Message, doc);
        var hierarchy = Assert.Single(findings, f => f.RuleId == "FA1006");
        Assert.Equal(("T5", "21011 行政事业单位医疗", StandardColumns.Basic), (hierarchy.Location.Table, hierarchy.Location.Row, hierarchy.Location.Column));
        Assert.Contains(hierarchy.Message, doc);
    }
}

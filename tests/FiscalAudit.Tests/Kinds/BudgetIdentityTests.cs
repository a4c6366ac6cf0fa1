using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Rules.Reading;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Kinds;

/// <summary>
/// Every PDF of ../shared/corpus/budget-pdf as a reviewer reads its cover (values read by hand with
/// pdftotext -layout): a budget, its level, the department as printed there and the year it is for.
/// The FA0004 note names the level. The Jiangsu tables-only files have no cover: their department is the “部门：” above each table and
/// their year the one of “2017年政府采购预算表”.
/// </summary>
public class BudgetIdentityTests
{
    public static TheoryData<string, BudgetLevel, string, int> ReadByHand { get; } = new()
    {
        { "上海市普陀区人民政府万里街道办事处25年预算.pdf", BudgetLevel.Department, "上海市普陀区人民政府万里街道办事处", 2025 },
        { "上海市普陀区人民政府办公室25年预算.pdf", BudgetLevel.Department, "上海市普陀区人民政府办公室", 2025 },
        { "上海市普陀区人民政府办公室单位25年预算.pdf", BudgetLevel.Unit, "上海市普陀区人民政府办公室", 2025 },
        { "上海市普陀区商务委员会25年预算.pdf", BudgetLevel.Department, "上海市普陀区商务委员会", 2025 },
        { "上海市普陀区商务委员会单位25年预算.pdf", BudgetLevel.Unit, "上海市普陀区商务委员会", 2025 },
        { "上海市普陀区财政局部门25年预算.pdf", BudgetLevel.Department, "上海市普陀区财政局", 2025 },
        { "江苏省人大办公厅2017年度预算公开.pdf", BudgetLevel.Department, "江苏省人大常委会办公厅", 2017 },
        { "江苏省人大办公厅2018预算公开.pdf", BudgetLevel.Department, "江苏省人大常委会办公厅", 2018 },
        { "江苏省人民检察院2017年部门预算.pdf", BudgetLevel.Department, "江苏省人民检察院", 2017 },
        { "江苏省人民检察院2018年部门预算公开.pdf", BudgetLevel.Department, "江苏省人民检察院", 2018 },
        { "江苏省委办公厅2017年部门预算.pdf", BudgetLevel.Department, "江苏省委办公厅", 2017 },
        { "江苏省委办公厅2017年预算公开表格.pdf", BudgetLevel.Department, "中国共产党江苏省委员会办公厅", 2017 },
        { "江苏省政协办公厅2017年度部门预算.pdf", BudgetLevel.Department, "江苏省政协办公厅", 2017 },
        { "江苏省政协办公厅2017年度部门预算公开表.pdf", BudgetLevel.Department, "江苏省政协办公厅", 2017 },
        { "江苏省高级人民法院2017年度部门预算公开.pdf", BudgetLevel.Department, "江苏省高级人民法院", 2017 },
    };

    [SharedTheory]
    [MemberData(nameof(ReadByHand))]
    public void A_budget_pdf_names_its_level_department_and_year(string file, BudgetLevel level, string department, int year)
    {
        var result = new Auditor().Audit(Repo.BudgetPdf(file));
        var d = result.Disclosure!;
        Assert.Equal(DocumentKind.Budget, d.Kind);
        Assert.Equal(level, d.Level);
        Assert.StartsWith($"本文件为{level.ToChinese()}公开文件（", Assert.Single(result.Findings, f => f.RuleId == BudgetScopeRule.Rule.Id).Message);
        Assert.Equal(department, d.Department);
        Assert.Equal(year, d.Year);
        Assert.NotNull(d.LevelLocation?.Page);
        Assert.NotNull(d.DepartmentLocation?.Page);
        Assert.NotNull(d.YearLocation?.Page);
    }

    /// <summary>Every budget file of the corpus is listed above: a new file must be read by hand and added.</summary>
    [SharedFact]
    public void Every_budget_pdf_is_listed()
    {
        Assert.Equal(Repo.BudgetPdfs(), ReadByHand.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    /// <summary>A 单位预算's cover decides, although its table titles name 部门预算 (“…基本支出部门预算经济分类预算表”).</summary>
    [SharedFact]
    public void A_unit_budget_is_decided_by_its_cover_title_and_label()
    {
        var d = new Auditor().Audit(Repo.BudgetPdf("上海市普陀区商务委员会单位25年预算.pdf")).Disclosure!;
        Assert.StartsWith("标题“上海市普陀区2025年区级单位预算”", d.LevelReason);
        Assert.Contains("署名“预算单位：上海市普陀区商务委员会”", d.LevelReason);
        Assert.Equal(1, d.LevelLocation!.Page);
    }

    /// <summary>The Jiangsu tables-only file has no title: the “部门：” above its first table decides.</summary>
    [SharedFact]
    public void A_tables_only_budget_is_decided_by_the_label_above_its_tables()
    {
        var d = new Auditor().Audit(Repo.BudgetPdf("江苏省政协办公厅2017年度部门预算公开表.pdf")).Disclosure!;
        Assert.StartsWith("署名“部门：江苏省政协办公厅", d.LevelReason);
        Assert.Equal(1, d.LevelLocation!.Page);
    }
}

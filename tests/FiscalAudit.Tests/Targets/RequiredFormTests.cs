using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Core.Templates;
using FiscalAudit.Engine.Templates;
using static FiscalAudit.Tests.Targets.TargetKit;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// A template file that requires a 项目支出绩效目标表 for every project (projectTargets.forms “always”, based on
/// shanghai-2025): the composed budget, moved to its region, gets FA6608 for the project it lists without a form and
/// for the count its forms do not reach; read with the embedded 上海 template (“whenPublished”) it gets none.
/// </summary>
public sealed class RequiredFormTests : IDisposable
{
    private const string Template = """
        {
          "id": "donghai-2026-targets",
          "name": "东海省2026年部门预算公开模板（每个项目附绩效目标表）",
          "kind": "budget",
          "region": "东海省",
          "years": [2025],
          "basedOn": "shanghai-2025",
          "projectTargets": { "forms": "always", "level1": ["产出指标", "效益指标", "满意度指标", "成本指标"] },
          "tables": [],
          "identities": []
        }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("fiscalaudit-target-templates-").FullName;

    public RequiredFormTests()
    {
        File.WriteAllText(Path.Combine(folder, "donghai-targets.json"), Template);
    }

    public void Dispose() => Directory.Delete(folder, true);

    private AuditResult AuditWithTemplate(string text) =>
        new Auditor(TemplateLibrary.From(folder).Apply(new AuditProfile())).Audit(FileName, Encoding.UTF8.GetBytes(text.Replace("上海市普陀区", "东海省", StringComparison.Ordinal)));

    [Fact]
    public void Fewer_forms_than_stated_projects_are_reported()
    {
        var result = AuditWithTemplate(Markdown);
        Assert.Equal("donghai-2026-targets", result.Disclosure!.Template!.Id);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "FA6608");
        Assert.Equal((3m, 2), ((decimal)finding.Expected!, (int)finding.Actual!));
        Assert.Equal(7, finding.Location.Source?.Line);
    }

    [Fact]
    public void A_listed_project_without_a_form_is_reported()
    {
        var result = AuditWithTemplate(Markdown.Replace("信息化系统运维费130.00万元", "档案数字化经费130.00万元", StringComparison.Ordinal));
        var finding = Assert.Single(result.Findings, f => f.RuleId == "FA6608");
        Assert.Contains("档案数字化经费", finding.Message);
    }

    [Fact]
    public void The_template_level1_list_is_used()
    {
        var result = AuditWithTemplate(Markdown);
        var missing = result.Findings.Where(f => f.RuleId == "FA6606").Select(f => f.Message).ToList();
        Assert.Equal(3, missing.Count);
        Assert.All(missing, m => Assert.Contains("成本指标", m));
    }

    [Fact]
    public void The_shanghai_template_never_requires_forms()
    {
        var result = Audit(Markdown.Replace("信息化系统运维费130.00万元", "档案数字化经费130.00万元", StringComparison.Ordinal));
        Assert.Equal("shanghai-2025", result.Disclosure!.Template!.Id);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA6608");
    }

    [Fact]
    public void A_misspelt_forms_value_makes_the_template_unusable_naming_the_file()
    {
        File.WriteAllText(Path.Combine(folder, "donghai-targets.json"), Template.Replace("\"always\"", "\"alway\"", StringComparison.Ordinal));
        var error = Assert.Throws<TemplateFileException>(() => TemplateLibrary.From(folder));
        Assert.Contains("donghai-targets.json", error.Message);
    }
}

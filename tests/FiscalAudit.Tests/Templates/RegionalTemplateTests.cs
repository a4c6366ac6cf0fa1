using System.Text;
using System.Text.Json;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Templates;
using FiscalAudit.Tests.Cli;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Templates;

/// <summary>
/// A regional template added from a data file alone (docs/templates/donghai-2026.json, the worked example of
/// docs/templates.md, copied to a temporary folder): a 东海省 2026 budget is read with it — its renamed 表八 is
/// found, its own identity DH0001 reports the 人员经费 total that 301 + 303 do not make — while a budget of
/// another region and year is read with the embedded national template (its 一般公共预算基本支出预算表 is the national
/// title; 上海's is not chosen for the year alone) and gets no DH0001 finding from the same figures.
/// </summary>
public sealed class RegionalTemplateTests : IDisposable
{
    private const string Document = """
        # 东海省示例厅2026年部门预算

        预算主管部门：东海省示例厅

        ## 一、部门预算编制说明

        2026年，东海省示例厅一般公共预算基本支出300.00元。

        ## 二、部门预算表

        一般公共预算基本支出预算表（经济分类）

        单位：元

        | 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费 |
        |---|---|---:|---:|---:|
        |  | 合计 | 300.00 | 190.00 | 110.00 |
        | 301 | 工资福利支出 | 190.00 | 180.00 | 10.00 |
        | 302 | 商品和服务支出 | 100.00 |  | 100.00 |
        | 303 | 对个人和家庭的补助 | 10.00 | 10.00 |  |
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("fiscalaudit-templates-").FullName;

    public RegionalTemplateTests()
    {
        File.Copy(ExampleFile, Path.Combine(folder, "donghai-2026.json"));
    }

    private static string ExampleFile => Path.Combine(Repo.Root, "docs", "templates", "donghai-2026.json");

    public void Dispose() => Directory.Delete(folder, true);

    [Fact]
    public void A_document_of_the_region_and_year_is_read_and_checked_with_the_added_template()
    {
        var result = Audit("东海省示例厅2026年部门预算.md", Document);

        Assert.Equal("donghai-2026", result.Disclosure!.Template!.Id);
        Assert.Equal(new[] { "donghai-2026", "shanghai-2025" }, result.Disclosure.Template.Lineage);
        Assert.Contains("地区“东海省”、年度2026年", result.Disclosure.Template.Reason);
        var table = result.Disclosure.Table("B08")!;
        Assert.Equal("元", table.Unit);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "DH0001");
        Assert.StartsWith("表八“合计”行“人员经费”列 190.00 ≠ 工资福利支出与对个人和家庭的补助之和 200.00", finding.Message);
        Assert.Equal("B08", finding.Location.Table);

        // The embedded table identities hold on these figures: only the regional one sees the misfiled 工资.
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("FA600", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_folder_the_renamed_table_is_not_the_template_table_and_no_regional_rule_runs()
    {
        var result = new Auditor().Audit("东海省示例厅2026年部门预算.md", Encoding.UTF8.GetBytes(Document));

        Assert.NotEqual("donghai-2026", result.Disclosure!.Template?.Id);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "DH0001");
    }

    [Fact]
    public void A_document_of_another_region_and_year_is_not_read_with_it()
    {
        var text = Document.Replace("东海省", "西山省", StringComparison.Ordinal).Replace("2026", "2025", StringComparison.Ordinal);

        var result = Audit("西山省示例厅2025年部门预算.md", text);

        Assert.Equal("national-budget", result.Disclosure!.Template!.Id);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "DH0001");
    }

    [Fact]
    public void The_regional_rule_checks_only_documents_read_with_its_template()
    {
        var library = TemplateLibrary.From(folder);
        var auditor = new Auditor(library.Apply(new AuditProfile()));
        var disclosure = Audit("东海省示例厅2026年部门预算.md", Document).Disclosure!;
        disclosure.Template = disclosure.Template! with { Id = "shanghai-2025", Lineage = new[] { "shanghai-2025" } };

        Assert.DoesNotContain(auditor.Check(disclosure), f => f.RuleId == "DH0001");
    }

    [Fact]
    public void The_command_line_lists_the_added_template_and_reports_it_in_json()
    {
        var document = Path.Combine(folder, "东海省示例厅2026年部门预算.md");
        File.WriteAllText(document, Document);

        var (code, output, _) = CliRun.Run("templates", "--templates", folder);
        Assert.Equal(0, code);
        Assert.Contains("donghai-2026  部门预算  东海省  2026年  表格 9 张", output);
        Assert.Contains("依据：shanghai-2025", output);

        var (checkCode, json, _) = CliRun.Run("check", document, "--templates", folder, "--format", "json");
        Assert.Equal(1, checkCode);
        var file = JsonDocument.Parse(json).RootElement.GetProperty("documents")[0];
        Assert.Equal("donghai-2026", file.GetProperty("readWith").GetProperty("id").GetString());
        Assert.Equal("shanghai-2025", file.GetProperty("readWith").GetProperty("basedOn")[0].GetString());
        Assert.Contains(file.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "DH0001");
    }

    [Theory]
    [InlineData("{", "格式有误")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "budget", "basedOn": "nowhere" }""", "所依据的模板“nowhere”不存在")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "budget", "tables": [ { "id": "B99" } ] }""", "表“B99”不是预算表编号")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "self-evaluation" }""", "文件类型（kind）“self-evaluation”无效")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "budget", "identities": [ { "rule": "FA6001", "title": "t", "severity": "error", "category": "表内平衡", "summary": "s", "formulas": [ { "formula": "B01[合计].合计 = B02[合计].合计" } ] } ] }""", "规则编号 FA6001 已被其他规则使用")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "budget", "years": "2026" }""", "格式有误")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "budget", "tables": [ { "id": "B05", "titles": ["一般公共预算支出表"] } ] }""", "格式有误")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "budget", "identities": [ { "rule": "DH0002" } ] }""", "格式有误")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "budget", "identities": [ { "rule": "DH0002", "title": "t", "severity": "error", "category": "表内平衡", "summary": "s", "formulas": [ { } ] } ] }""", "格式有误")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "budget", "identities": [ null ] }""", "格式有误")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "budget", "tables": [ null ] }""", "格式有误")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "budget", "identities": [ { "rule": "DH0002", "title": "t", "severity": "error", "category": "表内平衡", "summary": "s", "formulas": [ null ] } ] }""", "格式有误")]
    [InlineData("""{ "id": "x", "name": "某模板", "kind": "budget", "identities": [ { "rule": "DH0002", "title": "t", "severity": "error", "category": "表内平衡", "summary": "s", "formulas": [ { "formula": "B08[合计]. = (" } ] } ] }""", "规则 DH0002 的审核公式有误")]
    [InlineData("""{ "name": "某模板", "kind": "budget" }""", "缺少编号（id）")]
    [InlineData("""[]""", "格式有误")]
    [InlineData("""null""", "是空的")]
    public void A_template_file_that_cannot_be_used_is_a_usage_error_naming_the_fault(string json, string message)
    {
        File.WriteAllText(Path.Combine(folder, "bad.json"), json);

        var (code, _, error) = CliRun.Run("templates", "--templates", folder);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void The_documentation_shows_the_example_file_as_it_is()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "templates.md"));
        Assert.Contains(File.ReadAllText(ExampleFile).Trim(), doc);
    }

    private AuditResult Audit(string name, string text) =>
        new Auditor(TemplateLibrary.From(folder).Apply(new AuditProfile())).Audit(name, Encoding.UTF8.GetBytes(text));
}

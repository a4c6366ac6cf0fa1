using System.Text.Json;
using FiscalAudit.Reports;
using FiscalAudit.Tests.Reports;
using static FiscalAudit.Tests.Targets.TargetKit;

namespace FiscalAudit.Tests.Targets;

/// <summary>The composed budget's forms in the JSON output (projectTargets) and as rows of the 检查表, with their findings.</summary>
public class TargetReportTests
{
    private static DocumentReport Report()
    {
        var result = Audit(Markdown);
        return new DocumentReport(result.File, result.Disclosure, result.Findings, result.ReadError);
    }

    [Fact]
    public void Json_has_the_forms_the_statement_and_no_referral()
    {
        using var output = new MemoryStream();
        JsonReport.WriteDocument(output, Report());
        var targets = JsonDocument.Parse(output.ToArray()).RootElement.GetProperty("projectTargets");
        var forms = targets.GetProperty("forms").EnumerateArray().ToList();
        Assert.Equal(3, forms.Count);
        Assert.Equal("信息化系统运维费", forms[1].GetProperty("project").GetString());
        Assert.Equal(120.00m, forms[1].GetProperty("total").GetDecimal());
        Assert.Equal(100.00m, forms[1].GetProperty("fiscal").GetDecimal());
        var sessions = forms[0].GetProperty("indicators")[0];
        Assert.Equal(("举办活动场次", "≥20场", "AtLeast", 20m, "场", 21), (sessions.GetProperty("name").GetString(), sessions.GetProperty("value").GetString(),
            sessions.GetProperty("operator").GetString(), sessions.GetProperty("number").GetDecimal(), sessions.GetProperty("unit").GetString(), sessions.GetProperty("line").GetInt32()));
        Assert.Equal(3, targets.GetProperty("statement").GetProperty("count").GetInt32());
        Assert.Equal(170.00m, targets.GetProperty("statement").GetProperty("total").GetDecimal());
        Assert.Empty(targets.GetProperty("referrals").EnumerateArray());
    }

    [Fact]
    public void Check_sheet_has_a_row_per_project_form_with_its_findings()
    {
        var rows = WorkbookContent.Read(XlsxLedgerTests.Save(XlsxLedgerTests.Ledger(new[] { Report() }))).Rows("检查表");
        var culture = Assert.Single(rows, r => r["检查项目"].Text == "项目支出绩效目标表：社区文化活动经费");
        var it = Assert.Single(rows, r => r["检查项目"].Text == "项目支出绩效目标表：信息化系统运维费");
        Assert.Equal("否", it["符合要求"].Text);
        Assert.Equal(new[] { "FA6601", "FA6604", "FA6605", "FA6606" }, it["规则编号"].Text.Split('\n').Select(l => l[(l.IndexOf(' ') + 1)..l.IndexOf('（')]).Order(StringComparer.Ordinal));
        Assert.Equal("是", culture["符合要求"].Text);
        Assert.Contains("FA6607", culture["规则编号"].Text);
    }
}

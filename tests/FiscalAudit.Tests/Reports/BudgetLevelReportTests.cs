using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using FiscalAudit.Reports;
using FiscalAudit.Reports.Office;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Reports;

/// <summary>
/// A budget's level in every output: JSON "level" (kind stays "budget"), and 部门预算 / 单位预算 where the
/// text report, the xlsx 汇总 and the docx opinion print the kind; final accounts carry no level.
/// </summary>
public class BudgetLevelReportTests
{
    private static DocumentReport UnitBudget => AuditedDocuments.Audit(Repo.BudgetPdf("上海市普陀区商务委员会单位25年预算.pdf"));

    private static DocumentReport DepartmentBudget => AuditedDocuments.Audit(Repo.BudgetPdf("上海市普陀区商务委员会25年预算.pdf"));

    [SharedFact]
    public void Json_names_the_level_of_a_budget_and_no_level_of_final_accounts()
    {
        var unit = Json(UnitBudget);
        Assert.Equal("budget", unit.GetProperty("kind").GetString());
        Assert.Equal("unit", unit.GetProperty("level").GetString());
        Assert.StartsWith("标题“上海市普陀区2025年区级单位预算”", unit.GetProperty("levelReason").GetString());
        Assert.Equal("department", Json(DepartmentBudget).GetProperty("level").GetString());
        var finalAccounts = Json(AuditedDocuments.Audit(AuditedDocuments.Example));
        Assert.Equal("final-accounts", finalAccounts.GetProperty("kind").GetString());
        Assert.False(finalAccounts.TryGetProperty("level", out _));
        Assert.False(finalAccounts.TryGetProperty("levelReason", out _));
    }

    [SharedFact]
    public void Text_report_prints_the_level_as_the_kind()
    {
        var output = new StringWriter();
        TextReport.Write(output, new[] { UnitBudget, DepartmentBudget });
        var text = output.ToString();
        Assert.Contains("类型：单位预算　部门：上海市普陀区商务委员会　年度：2025", text);
        Assert.Contains("类型：部门预算　部门：上海市普陀区商务委员会　年度：2025", text);
    }

    [SharedFact]
    public void Xlsx_summary_and_docx_opinion_print_the_level_as_the_kind()
    {
        var unit = UnitBudget;
        Assert.Equal("单位预算", DocumentSummary.Of(unit).Kind);
        var rows = WorkbookContent.Read(XlsxLedgerTests.Save(XlsxLedgerTests.Ledger(new[] { unit, DepartmentBudget }))).Rows("汇总");
        Assert.Equal(new[] { "单位预算", "部门预算" }, rows.Select(r => r["类型"].Text));
        using var docx = WordprocessingDocument.Open(new MemoryStream(ReviewOpinionDocxTests.Write(unit)), false);
        Assert.Contains("类型单位预算", docx.MainDocumentPart!.Document.Body!.InnerText);
    }

    private static JsonElement Json(DocumentReport report)
    {
        var stream = new MemoryStream();
        JsonReport.WriteDocument(stream, report);
        return JsonDocument.Parse(stream.ToArray()).RootElement;
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Review;
using FiscalAudit.Reports;
using FiscalAudit.Reports.Xlsx;
using FiscalAudit.Rules.Templates;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Reports;

/// <summary>The Excel ledger read back with OpenXml after real audits.</summary>
public class XlsxLedgerTests
{
    [SharedFact]
    public void Every_finding_is_in_the_finding_sheet_once_with_its_values()
    {
        var reports = AuditedDocuments.Shared;
        var rows = Workbook(reports).Rows("问题清单");

        var findings = reports.SelectMany(r => r.Findings.Select(f => (r.File, Finding: f))).ToList();
        Assert.NotEmpty(findings);
        Assert.Equal(findings.Select(x => (x.File, x.Finding.Id)).Order(), rows.Select(r => (r["文件"].Text, r["编号"].Text)).Order());
        foreach (var (file, f) in findings)
        {
            // Ids are per document: a defect in two versions of one disclosure has the same id in both.
            var row = rows.Single(r => r["编号"].Text == f.Id && r["文件"].Text == file);
            Assert.StartsWith(f.RuleId, row["规则"].Text);
            Assert.Equal(f.Severity.ToChinese(), row["级别"].Text);
            Assert.Equal(f.Message, row["说明"].Text);
            Assert.Equal("待审核", row["审核结论"].Text);
            AssertValue(f.Expected, row, "应为");
            AssertValue(f.Actual, row, "实为");
        }
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(n => n.ToString()), rows.Select(r => r["序号"].Text));
    }

    [SharedFact]
    public void Summary_counts_equal_the_findings_of_each_file()
    {
        var reports = AuditedDocuments.Shared;
        var rows = Workbook(reports).Rows("汇总");

        Assert.Equal(reports.Select(r => r.File), rows.Select(r => r["文件"].Text));
        foreach (var report in reports)
        {
            var row = rows.Single(r => r["文件"].Text == report.File);
            foreach (var (column, severity) in new[] { ("错误", Severity.Error), ("警告", Severity.Warning), ("提示", Severity.Info) })
            {
                Assert.True(row[column].IsNumber);
                Assert.Equal(report.Findings.Count(f => f.Severity == severity), (int)row[column].Number);
            }
            Assert.Equal(report.Disclosure!.Year, (int)row["年度"].Number);
            Assert.Equal(report.Disclosure.Department, row["部门"].Text);
            var errors = report.Findings.Count(f => f.Severity == Severity.Error);
            Assert.Equal(errors > 0 ? $"有 {errors} 条错误" : "无错误", row["结论"].Text);
        }
    }

    [SharedFact]
    public void Check_sheet_has_every_table_part_and_says_no_where_an_error_is()
    {
        var reports = AuditedDocuments.Shared;
        var rows = Workbook(reports).Rows("检查表");

        foreach (var report in reports)
        {
            var own = rows.Where(r => r["文件"].Text == report.File).ToList();
            foreach (var table in TableTemplate.National.Tables)
                Assert.Single(own, r => r["检查项目"].Text.StartsWith(FiscalAudit.Core.Model.TableIds.ChineseOrdinal(table.Id) + " ", StringComparison.Ordinal));
            Assert.Equal(Enumerable.Range(1, own.Count).Select(n => n.ToString()), own.Select(r => r["序号"].Text));
            var listed = own.Where(r => r.ContainsKey("规则编号")).SelectMany(r => r["规则编号"].Text.Split('\n')).ToList();
            foreach (var f in report.Findings) Assert.Single(listed, line => line.EndsWith($"{f.RuleId}（{f.Id}）", StringComparison.Ordinal));
            foreach (var row in own)
            {
                var hasError = row.TryGetValue("问题说明", out var problems) && problems.Text.Split('\n').Any(l => l.Contains(". 错误：", StringComparison.Ordinal));
                Assert.Equal(hasError ? "否" : "是", row["符合要求"].Text);
            }
        }

        var planted = rows.Where(r => r["文件"].Text == AuditedDocuments.PlantedPdf).ToList();
        var missingTable = planted.Single(r => r["检查项目"].Text == "表三 支出决算表");
        Assert.Equal("否", missingTable["符合要求"].Text);
        Assert.Contains("FA5001", missingTable["规则编号"].Text);
        Assert.StartsWith("文中未识别到此部分", missingTable["问题说明"].Text);
    }

    [SharedFact]
    public void Workbook_is_valid_open_xml_and_laid_out_for_a_bureau()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Save(Ledger(AuditedDocuments.Shared))), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        foreach (var part in document.WorkbookPart!.WorksheetParts)
        {
            var sheet = part.Worksheet;
            var pane = sheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(2d, pane.VerticalSplit!.Value);
            Assert.StartsWith("A2:", sheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
            Assert.All(sheet.Descendants<Column>(), c => Assert.True(c.Width!.Value >= 8));
            Assert.Equal(OrientationValues.Landscape, sheet.GetFirstChild<PageSetup>()!.Orientation!.Value);
        }
    }

    [Fact]
    public void Skipped_file_waived_finding_and_fixed_decision()
    {
        var (report, waiver) = AuditedDocuments.ExampleWithWaiver();
        var gone = new ReviewDecision("0123456789ab", ReviewStatus.Confirmed, "已通知部门整改", "王审核", "2025-03-01", "FA3001", "旧版本.pdf", "情况说明与表格不一致");
        var book = new ReviewBook(new[] { waiver, gone });
        var ledger = new XlsxLedger();
        ledger.Add(report);
        ledger.AddSkipped("材料/说明.doc", "不支持 .doc 格式，请另存为 .docx/.pdf");
        ledger.AddFixed(book.Fixed(report.Findings.Select(f => f.Id).ToHashSet()));
        var workbook = WorkbookContent.Read(Save(ledger));

        Assert.Equal(new[] { "问题清单", "汇总", "检查表", "已整改" }, workbook.SheetNames);
        var waived = workbook.Rows("问题清单").Single(r => r["编号"].Text == waiver.Id);
        Assert.Equal("已忽略：部门已书面说明，属尾数调整；王审核；2025-04-01", waived["审核结论"].Text);
        Assert.Equal(report.Findings.Count, workbook.Rows("问题清单").Count);

        var summary = workbook.Rows("汇总");
        var checkedRow = summary.Single(r => r["文件"].Text == report.File);
        Assert.Equal(report.Findings.Count(f => f.Severity == Severity.Error) - 1, (int)checkedRow["错误"].Number);
        Assert.Equal(1, (int)checkedRow["已忽略"].Number);
        var skipped = summary.Single(r => r["文件"].Text == "材料/说明.doc");
        Assert.Equal("未审核：不支持 .doc 格式，请另存为 .docx/.pdf", skipped["结论"].Text);
        Assert.False(skipped.ContainsKey("错误"));
        Assert.DoesNotContain(workbook.Rows("检查表"), r => r["文件"].Text == "材料/说明.doc");
        Assert.Contains(workbook.Rows("检查表"), r => r.TryGetValue("问题说明", out var p) && p.Text.Contains("错误（已忽略：部门已书面说明，属尾数调整；王审核；2025-04-01）：", StringComparison.Ordinal));

        var fixedRow = Assert.Single(workbook.Rows("已整改"));
        Assert.Equal(gone.Id, fixedRow["编号"].Text);
        Assert.Equal("确认问题：已通知部门整改；王审核；2025-03-01", fixedRow["原审核结论"].Text);
    }

    [Fact]
    public void Without_fixed_decisions_there_is_no_fixed_sheet_and_an_unreadable_file_is_summarised()
    {
        var result = new Auditor().Audit("损坏.pdf", new byte[] { 1, 2, 3 });
        var ledger = new XlsxLedger();
        ledger.Add(new DocumentReport(result.File, result.Disclosure, result.Findings, result.ReadError));
        var workbook = WorkbookContent.Read(Save(ledger));

        Assert.Equal(new[] { "问题清单", "汇总", "检查表" }, workbook.SheetNames);
        var row = Assert.Single(workbook.Rows("汇总"));
        Assert.StartsWith("无法读取：", row["结论"].Text);
        Assert.Equal(1, (int)row["错误"].Number);
        var check = Assert.Single(workbook.Rows("检查表"));
        Assert.Equal("否", check["符合要求"].Text);
        Assert.Contains("FA0001", check["规则编号"].Text);
    }

    internal static XlsxLedger Ledger(IEnumerable<DocumentReport> reports)
    {
        var ledger = new XlsxLedger();
        foreach (var report in reports) ledger.Add(report);
        return ledger;
    }

    internal static byte[] Save(XlsxLedger ledger)
    {
        using var output = new MemoryStream();
        ledger.Save(output);
        return output.ToArray();
    }

    private static WorkbookContent Workbook(IEnumerable<DocumentReport> reports) => WorkbookContent.Read(Save(Ledger(reports)));

    private static void AssertValue(object? value, IReadOnlyDictionary<string, SheetCell> row, string column)
    {
        switch (value)
        {
            case null:
                Assert.False(row.ContainsKey(column));
                break;
            case decimal d:
                Assert.True(row[column].IsNumber, $"{column} {d} should be a number");
                Assert.Equal(d, row[column].Number);
                break;
            case int i:
                Assert.True(row[column].IsNumber);
                Assert.Equal(i, (int)row[column].Number);
                break;
            default:
                Assert.False(row[column].IsNumber);
                Assert.Equal(value.ToString(), row[column].Text);
                break;
        }
    }
}

using FiscalAudit.Tests.Reports;
using static FiscalAudit.Tests.Cli.CliRun;

namespace FiscalAudit.Tests.Cli;

/// <summary>check --format xlsx|docx writes the reports a bureau sends out, with every finding.</summary>
public class ReportFormatTests
{
    [Fact]
    public void Xlsx_holds_every_finding_the_skipped_file_and_the_decisions()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(dir.FullName, "待审"));
            File.Copy(Example, Path.Combine(input.FullName, "示例决算.txt"));
            File.WriteAllBytes(Path.Combine(input.FullName, "演示.pptx"), new byte[] { 0x50, 0x4B, 3, 4 });
            var decisions = Path.Combine(dir.FullName, "审核记录.json");
            Run("check", input.FullName, "--write-review", decisions);
            var firstId = System.Text.Json.JsonDocument.Parse(File.ReadAllText(decisions)).RootElement.GetProperty("decisions")[0].GetProperty("id").GetString();
            File.WriteAllText(decisions, $$"""{"decisions":[{"id":"{{firstId}}","status":"waived","reason":"口径差异","by":"王五","at":"2026-12-02"}]}""");

            var xlsx = Path.Combine(dir.FullName, "结果.xlsx");
            var (code, output, _) = Run("check", input.FullName, "--review", decisions, "--format", "xlsx", "--out", xlsx);
            Assert.Equal(1, code);
            Assert.Contains("已写入", output);
            var book = WorkbookContent.Read(File.ReadAllBytes(xlsx));
            var findings = book.Rows("问题清单");
            Assert.Equal(6, findings.Count);
            Assert.Contains(findings, r => r["编号"].Text == firstId && r["审核结论"].Text.Contains("口径差异", StringComparison.Ordinal));
            var summary = book.Rows("汇总");
            Assert.Contains(summary, r => r["文件"].Text.EndsWith("演示.pptx", StringComparison.Ordinal));
            Assert.Contains(summary, r => r["文件"].Text.EndsWith("示例决算.txt", StringComparison.Ordinal) && r["错误"].Number == 3);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Docx_is_one_opinion_per_document_in_the_out_folder()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var second = Path.Combine(dir.FullName, "另一份.txt");
            File.Copy(Example, second);
            var folder = Path.Combine(dir.FullName, "意见书");
            var (code, _, err) = Run("check", Example, second, "--format", "docx", "--out", folder);
            Assert.True(code == 1, err);
            var written = Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList();
            Assert.Equal(new[] { "sample-final-accounts-2023.审核意见.docx", "另一份.审核意见.docx" }.Order(), written);
            using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(folder, "另一份.审核意见.docx"), false);
            Assert.Contains("审核意见书", word.MainDocumentPart!.Document.InnerText);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Cli.CliRun;

namespace FiscalAudit.Tests.Cli;

/// <summary>check over a reviewer's folder as it comes: budgets, final accounts, a README, a .doc.</summary>
public class FolderRunTests
{
    [SharedFact]
    public void A_mixed_folder_gives_budgets_no_final_accounts_findings_a_readme_no_error_and_lists_the_rar()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            foreach (var pdf in Repo.BudgetPdfs()) File.Copy(Repo.BudgetPdf(pdf), Path.Combine(dir.FullName, pdf));
            File.WriteAllText(Path.Combine(dir.FullName, "README.md"), "# 说明\n\n本文件夹存放各部门 2025 年部门预算公开文件，由财政局预算科汇总。\n");
            File.WriteAllBytes(Path.Combine(dir.FullName, "某部门2025年部门预算.rar"), new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0 });

            var (code, json, _) = Run("check", dir.FullName, "--format", "json");
            Assert.Equal(1, code); // the Jiangsu narratives hold real arithmetic slips (BudgetNarrativeFindingTests)
            using var doc = JsonDocument.Parse(json);
            var documents = doc.RootElement.GetProperty("documents").EnumerateArray().ToList();
            Assert.Equal(Repo.BudgetPdfs().Count() + 1, documents.Count);
            foreach (var d in documents.Where(d => d.GetProperty("file").GetString()!.EndsWith(".pdf", StringComparison.Ordinal)))
            {
                Assert.Equal("budget", d.GetProperty("kind").GetString());
                Assert.False(string.IsNullOrEmpty(d.GetProperty("kindReason").GetString()));
                var rules = d.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).ToList();
                Assert.Contains("FA0004", rules);
                Assert.All(rules, r => Assert.Contains(DocumentKind.Budget, RuleCatalog.Default.Find(r)!.Kinds));
            }
            var readme = documents.Single(d => d.GetProperty("file").GetString()!.EndsWith("README.md", StringComparison.Ordinal));
            Assert.Equal("unknown", readme.GetProperty("kind").GetString());
            Assert.DoesNotContain(readme.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
            var skipped = Assert.Single(doc.RootElement.GetProperty("skipped").EnumerateArray());
            Assert.EndsWith(".rar", skipped.GetProperty("file").GetString());
            Assert.Contains("请解压", skipped.GetProperty("reason").GetString());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [SharedFact]
    public void Annotate_writes_a_highlighted_copy_of_each_pdf_and_leaves_the_input_alone()
    {
        var input = Repo.Corpus("24年普陀区财政局（测试问题版本）.pdf");
        var before = SHA256.HashData(File.ReadAllBytes(input));
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var (code, _, err) = Run("check", input, "--annotate", dir.FullName);
            Assert.Equal(1, code);
            var copy = Path.Combine(dir.FullName, "24年普陀区财政局（测试问题版本）.审核标注.pdf");
            Assert.True(File.Exists(copy), err);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(copy);
            var highlights = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Count(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Highlight);
            Assert.True(highlights >= 11, $"{highlights} highlights");
            Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(input)));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}

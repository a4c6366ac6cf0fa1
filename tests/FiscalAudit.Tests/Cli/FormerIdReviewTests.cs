using System.Text.Json;
using static FiscalAudit.Tests.Cli.CliRun;

namespace FiscalAudit.Tests.Cli;

/// <summary>
/// A decisions file written before number formatting stopped counting in ids holds a narrative finding's former id: `--review`
/// applies it (the finding is waived, not 已整改), and `--write-review` writes the decision again under the current id.
/// </summary>
public class FormerIdReviewTests
{
    [Theory]
    [InlineData("本年收入1,250.00万元，分别为：财政拨款收入1,000.00万元，其他收入255.00万元。")]
    [InlineData("支出预算总计21,955.35万元，比上年增加3,958.67万元，增长21.95%。")]
    public void A_review_file_keyed_by_the_former_id_applies_and_is_rewritten_under_the_current_id(string text)
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var document = Path.Combine(dir.FullName, "情况说明.txt");
            File.WriteAllText(document, text);
            var (_, json, _) = Run("check", document, "--format", "json");
            var finding = JsonDocument.Parse(json).RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray()
                .Single(f => f.TryGetProperty("formerIds", out _));
            var id = finding.GetProperty("id").GetString()!;
            var former = Assert.Single(finding.GetProperty("formerIds").EnumerateArray().Select(f => f.GetString()!));
            Assert.NotEqual(id, former);

            var decisions = Path.Combine(dir.FullName, "审核记录.json");
            File.WriteAllText(decisions, JsonSerializer.Serialize(new { decisions = new[] { new { id = former, status = "waived", reason = "口径差异，已核实", by = "张三", at = "2026-12-01" } } }));
            var (_, report, _) = Run("check", document, "--review", decisions);
            Assert.Contains("审核结论：已忽略（口径差异，已核实）", report);
            Assert.DoesNotContain("已整改", report);

            var rewritten = Path.Combine(dir.FullName, "新审核记录.json");
            Run("check", document, "--review", decisions, "--write-review", rewritten);
            var written = JsonDocument.Parse(File.ReadAllText(rewritten)).RootElement.GetProperty("decisions").EnumerateArray()
                .Single(d => d.GetProperty("status").GetString() == "waived");
            Assert.Equal((id, "口径差异，已核实"), (written.GetProperty("id").GetString(), written.GetProperty("reason").GetString()));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}

using System.Text.Json;
using static FiscalAudit.Tests.Cli.CliRun;

namespace FiscalAudit.Tests.Cli;

public class ReviewOptionTests
{
    [Fact]
    public void Write_review_then_waive_every_error_gives_exit_0_with_the_waived_listed_apart()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var decisions = Path.Combine(dir.FullName, "审核记录.json");
            Assert.Equal(1, Run("check", Example, "--write-review", decisions).Code);
            var written = JsonDocument.Parse(File.ReadAllText(decisions)).RootElement.GetProperty("decisions").EnumerateArray().ToList();
            Assert.Equal(6, written.Count);
            Assert.All(written, d => Assert.Equal("open", d.GetProperty("status").GetString()));

            // The reviewer waives the errors and confirms the warnings.
            var filled = new
            {
                decisions = written.Select(d => new
                {
                    id = d.GetProperty("id").GetString(),
                    status = d.GetProperty("rule").GetString()!.StartsWith("FA5", StringComparison.Ordinal) || d.GetProperty("rule").GetString() == "FA3015" ? "confirmed" : "waived",
                    reason = "已与部门核实，属印刷口径差异",
                    by = "张三",
                    at = "2026-12-01T10:00:00+08:00",
                }).ToList(),
            };
            File.WriteAllText(decisions, JsonSerializer.Serialize(filled));
            var (code, text, _) = Run("check", Example, "--review", decisions);
            Assert.Equal(0, code);
            Assert.Contains("【已忽略】4 条", text);
            Assert.Contains("审核结论：已忽略（已与部门核实，属印刷口径差异）", text);
            Assert.Contains("审核结论：确认问题", text);
            Assert.Contains("错误 0 条，警告 2 条，提示 0 条，已忽略 4 条", text);

            var (_, json, _) = Run("check", Example, "--review", decisions, "--format", "json");
            var findings = JsonDocument.Parse(json).RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().ToList();
            Assert.All(findings, f => Assert.Equal("张三", f.GetProperty("review").GetProperty("by").GetString()));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void A_decision_whose_finding_is_gone_is_reported_as_fixed()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var decisions = Path.Combine(dir.FullName, "审核记录.json");
            File.WriteAllText(decisions, """{"decisions":[{"id":"0123456789ab","status":"confirmed","reason":"","by":"李四","at":"2026-11-30","rule":"FA1001","message":"旧问题"}]}""");
            var (_, text, _) = Run("check", Example, "--review", decisions);
            Assert.Contains("已整改 1 条", text);
            Assert.Contains("0123456789ab FA1001", text);
            var (_, json, _) = Run("check", Example, "--review", decisions, "--format", "json");
            var fixedIds = JsonDocument.Parse(json).RootElement.GetProperty("fixed").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
            Assert.Equal(new[] { "0123456789ab" }, fixedIds);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData("{not json", "不是有效的 JSON")]
    [InlineData("""{"decisions":[{"status":"waived"}]}""", "缺少 \"id\"")]
    [InlineData("""{"decisions":[{"id":"abc","status":"maybe"}]}""", "应为 open、confirmed 或 waived")]
    [InlineData("""{"decisions":[{"id":"abc","status":"waived"}]}""", "没有填写理由")]
    public void A_bad_decisions_file_is_a_usage_error_naming_the_file(string content, string expected)
    {
        var file = Path.Combine(Path.GetTempPath(), $"审核记录-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, content);
        try
        {
            var (code, output, err) = Run("check", Example, "--review", file);
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains(file, err);
            Assert.Contains(expected, err);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

using System.Text.Json;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Cli.CliRun;

namespace FiscalAudit.Tests.Cli;

public class CheckCommandTests
{
    [Fact]
    public void Unknown_command_and_missing_paths_exit_2_with_a_chinese_message()
    {
        var (code, _, err) = Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("未知命令", err);
        (code, _, err) = Run("check");
        Assert.Equal(2, code);
        Assert.Contains("至少一个文件", err);
        (code, _, err) = Run("check", Example, "--format", "xml");
        Assert.Equal(2, code);
        Assert.Contains("--format", err);
    }

    [SharedFact]
    public void An_unreadable_file_is_reported_and_the_others_are_still_checked()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "empty.txt"), Array.Empty<byte>());
            File.WriteAllBytes(Path.Combine(dir.FullName, "binary.txt"), Enumerable.Range(0, 4000).Select(i => (byte)(i * 7 % 32)).ToArray());
            File.Copy(Repo.Seed002, Path.Combine(dir.FullName, "sub-seed.txt"));
            var missing = Path.Combine(dir.FullName, "missing.txt");
            var (code, output, _) = Run("check", dir.FullName, missing, "--format", "json");
            Assert.Equal(1, code);
            using var json = JsonDocument.Parse(output);
            var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
            Assert.Equal(4, documents.Count);
            var byName = documents.ToDictionary(d => Path.GetFileName(d.GetProperty("file").GetString()!));
            Assert.Contains("为空", byName["empty.txt"].GetProperty("error").GetString());
            Assert.Contains("不是文本文件", byName["binary.txt"].GetProperty("error").GetString());
            Assert.Contains("不存在", byName["missing.txt"].GetProperty("error").GetString());
            Assert.Equal(9, byName["sub-seed.txt"].GetProperty("tables").GetArrayLength());
            Assert.Equal("FA0001", byName["empty.txt"].GetProperty("findings")[0].GetProperty("rule").GetString());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [SharedFact]
    public void Json_output_has_the_stable_keys()
    {
        var (_, output, _) = Run("check", Repo.Seed002, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        foreach (var key in new[] { "file", "kind", "department", "year", "unit", "tables", "findings" })
            Assert.True(doc.TryGetProperty(key, out _), key);
        Assert.Equal("final-accounts", doc.GetProperty("kind").GetString());
        Assert.Equal(2020, doc.GetProperty("year").GetInt32());
        var row = doc.GetProperty("tables")[2].GetProperty("rows")[1];
        Assert.Equal("201", row.GetProperty("code").GetString());
        Assert.Equal(176.99m, row.GetProperty("cells").GetProperty("本年支出合计").GetDecimal());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("location").GetProperty("page").ValueKind);
    }

    [SharedFact]
    public void Output_file_is_written_and_text_report_names_the_document()
    {
        var outFile = Path.GetTempFileName();
        try
        {
            var (_, output, _) = Run("check", Repo.Seed002, "--out", outFile);
            Assert.Contains("已写入", output);
            var text = File.ReadAllText(outFile);
            Assert.Contains("沁阳市政务服务和大数据管理局", text);
            Assert.Contains("共审核 1 个文件", text);
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    [SharedFact]
    public void Rules_lists_every_rule_and_rejects_unknown_ids()
    {
        var (code, output, _) = Run("rules");
        Assert.Equal(0, code);
        Assert.Contains("FA0001", output);
        (code, _, var err) = Run("check", Repo.Seed002, "--disable", "FA9999");
        Assert.Equal(2, code);
        Assert.Contains("未知的规则编号", err);
    }
}

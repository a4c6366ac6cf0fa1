using System.Text.Json;
using static FiscalAudit.Tests.Cli.CliRun;

namespace FiscalAudit.Tests.Cli;

public class CliConventionsTests
{
    [Theory]
    [InlineData("check", "--frobnicate")]
    [InlineData("rules", "--format")]
    [InlineData("dump", "--out")]
    public void An_unknown_option_exits_2_naming_it_with_the_commands_usage(string command, string option)
    {
        var (code, output, err) = Run(command, Example, option, "x");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"不认识选项“{option}”", err);
        Assert.Contains($"用法：{command}", err);
    }

    [Fact]
    public void A_missing_value_is_named()
    {
        var (code, _, err) = Run("check", Example, "--out");
        Assert.Equal(2, code);
        Assert.Contains("--out 缺少取值", err);
        (code, _, err) = Run("check", Example, "--format", "--out", "x.txt");
        Assert.Equal(2, code);
        Assert.Contains("--format 缺少取值", err);
    }

    [Fact]
    public void Version_and_help_exit_0()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^FiscalAudit \d+\.\d+\.\d+", output);
        (code, output, _) = Run("check", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--write-review", output);
        (code, output, _) = Run("rules", "--help");
        Assert.Equal(0, code);
        Assert.Contains("用法：rules", output);
    }

    [Fact]
    public void Out_is_checked_before_anything_is_read()
    {
        var missingFolder = Path.Combine(Path.GetTempPath(), "fa-no-such-folder-" + Guid.NewGuid().ToString("N"), "结果.json");
        var (code, output, err) = Run("check", Example, "--format", "json", "--out", missingFolder);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("不存在", err);
        (code, _, err) = Run("check", Example, "--format", "xlsx");
        Assert.Equal(2, code);
        Assert.Contains("--out", err);
    }

    [Fact]
    public void Exit_code_is_1_for_errors_and_for_an_unreadable_file_and_0_when_clean()
    {
        Assert.Equal(1, Run("check", Example).Code);
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var clean = Path.Combine(dir.FullName, "说明.txt");
            File.WriteAllText(clean, "本文件夹存放 2024 年度部门决算公开文件，请逐一审核。\n");
            Assert.Equal(0, Run("check", clean).Code);
            var empty = Path.Combine(dir.FullName, "空.pdf");
            File.WriteAllBytes(empty, Array.Empty<byte>());
            Assert.Equal(1, Run("check", clean, empty).Code);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Files_that_cannot_be_checked_are_listed_with_the_reason_never_dropped()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.Copy(Example, Path.Combine(dir.FullName, "决算.txt"));
            File.WriteAllBytes(Path.Combine(dir.FullName, "分卷.rar"), new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0 });
            File.WriteAllBytes(Path.Combine(dir.FullName, "演示.pptx"), new byte[] { 1, 2, 3 });
            File.WriteAllBytes(Path.Combine(dir.FullName, "附件.zip"), new byte[] { 0x50, 0x4B, 3, 4 });
            File.WriteAllBytes(Path.Combine(dir.FullName, "扫描件.dat"), new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 });
            File.WriteAllBytes(Path.Combine(dir.FullName, ".DS_Store"), new byte[] { 0 });
            // A Word document under an extension of no format: its content decides, it is checked.
            File.WriteAllBytes(Path.Combine(dir.FullName, "情况说明.dat"), Office.TestDocx.Create(Office.TestDocx.P("本部门2023年度收入合计199.52万元。")));

            var (code, text, _) = Run("check", dir.FullName);
            Assert.Equal(1, code);
            Assert.Contains("未审核 4 个文件", text);
            Assert.Contains("扩展名为 .dat，但内容是Word 文档，已按Word 文档读取。", text);
            Assert.Contains("分卷.rar：压缩包不会自动解开。请解压后审核其中的文件。", text);
            Assert.DoesNotContain(".DS_Store", text);

            var (_, json, _) = Run("check", dir.FullName, "--format", "json");
            using var doc = JsonDocument.Parse(json);
            Assert.Equal(2, doc.RootElement.GetProperty("schema").GetInt32());
            Assert.Equal("FiscalAudit", doc.RootElement.GetProperty("tool").GetProperty("name").GetString());
            var skipped = doc.RootElement.GetProperty("skipped").EnumerateArray().Select(s => Path.GetFileName(s.GetProperty("file").GetString())).Order().ToList();
            Assert.Equal(new[] { "分卷.rar", "演示.pptx", "附件.zip", "扫描件.dat" }.Order(), skipped);
            Assert.Equal(2, doc.RootElement.GetProperty("documents").GetArrayLength());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Progress_goes_to_standard_error_when_asked()
    {
        var (_, output, err) = Run("check", Example, "--progress");
        Assert.Contains("已审核 1/1", err);
        Assert.DoesNotContain("已审核 1/1", output);
    }
}

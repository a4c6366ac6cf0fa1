using System.Text;
using System.Text.Json;
using FiscalAudit.Tests.Support;
using FiscalAudit.Web.Tests.Support;
using static FiscalAudit.Tests.Cli.CliRun;

namespace FiscalAudit.Tests.Cli;

/// <summary>check over .zip archives: their entries are checked as the files themselves, what cannot be expanded is listed with the reason.</summary>
public class ArchiveRunTests
{
    static ArchiveRunTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static Encoding Gbk => Encoding.GetEncoding("GB18030");

    [SharedFact]
    public void Seeds_in_an_archive_give_the_findings_of_the_seed_files_themselves()
    {
        var seeds = Directory.GetFiles(Path.Combine(Repo.Shared, "seeds"), "*.txt").Order(StringComparer.Ordinal).Take(4).ToList();
        var entries = seeds.Select(s => ("决算公开/" + Path.GetFileName(s), File.ReadAllBytes(s))).ToArray();
        AssertSameFindings(seeds, Zips.Of(entries), "决算公开/");
    }

    [Fact]
    public void An_example_in_an_archive_with_gbk_names_gives_the_findings_of_the_file_itself()
    {
        var entries = new[] { ("2023年度/某局2023年度部门决算.txt", File.ReadAllBytes(Example)) };
        var zip = Zips.Named(Gbk, entries);
        Assert.True(Contains(zip, Gbk.GetBytes("某局2023年度部门决算")), "the entry name is stored in GBK");

        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var copy = Path.Combine(dir.FullName, "某局2023年度部门决算.txt");
            File.Copy(Example, copy);
            AssertSameFindings([copy], zip, "2023年度/");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Gbk_and_utf8_entry_names_come_out_as_written()
    {
        var text = File.ReadAllBytes(Example);
        foreach (var (encoding, name) in new[] { (Gbk, "财政局汇总/教育局2023年度部门决算.txt"), ((Encoding?)null, "财政局汇总/卫健委2023年度部门决算（公开稿）.txt") })
        {
            var (_, json, _) = InFolder([("资料.zip", Zips.Named(encoding, (name, text)))], out var folder);
            Assert.Equal([Path.Combine(folder, "资料.zip") + "/" + name], Files(json));
        }
    }

    [Fact]
    public void Bombs_escaping_paths_nested_and_damaged_entries_are_listed_with_chinese_reasons()
    {
        var spaces = Encoding.ASCII.GetBytes(new string(' ', 20 * 1024 * 1024));
        var zip = Zips.Of(
            ("部门决算.txt", File.ReadAllBytes(Example)),
            ("../../etc/passwd.txt", "root"u8.ToArray()),
            ("附件/里层.zip", Zips.Of(("说明.txt", "情况说明"u8.ToArray()))),
            ("改名的压缩包.dat", Zips.Of(("说明.txt", "情况说明"u8.ToArray()))),
            ("填充.txt", spaces));
        var (code, json, _) = InFolder([("资料.zip", zip)], out var folder);

        Assert.Equal(1, code); // the example holds real errors
        Assert.Equal([Path.Combine(folder, "资料.zip/部门决算.txt")], Files(json));
        var reasons = Skipped(json).ToDictionary(s => s.File[(folder.Length + 1)..], s => s.Reason);
        Assert.Contains("疑似“压缩炸弹”", reasons["资料.zip/填充.txt"]);
        Assert.Contains("指向压缩包以外", reasons["资料.zip/../../etc/passwd.txt"]);
        Assert.Contains("压缩包中的压缩包不会解开", reasons["资料.zip/附件/里层.zip"]);
        Assert.Contains("压缩包中的压缩包不会解开", reasons["资料.zip/改名的压缩包.dat"]);
        AssertNoEnglish(json);
    }

    [Fact]
    public void Damaged_and_mistaken_archives_are_listed_with_chinese_reasons()
    {
        var good = Zips.Of(("部门决算.txt", File.ReadAllBytes(Example)), ("情况说明.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("一、收入支出决算总体情况说明。2023年度收入总计1,234.56万元。\n", 400)))));
        var corrupt = good.ToArray();
        var data = IndexOf(corrupt, "情况说明.txt"u8.ToArray()) + "情况说明.txt"u8.Length + 40;
        for (var i = 0; i < 64; i++) corrupt[data + i] ^= 0x5A;
        var (_, json, _) = InFolder(
            [("截断.zip", good[..(good.Length / 2)]), ("其实是PDF.zip", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8.ToArray()), ("数据损坏.zip", corrupt)],
            out var folder);

        var reasons = Skipped(json).ToDictionary(s => s.File[(folder.Length + 1)..], s => s.Reason);
        Assert.Contains("压缩包已损坏或不完整", reasons["截断.zip"]);
        Assert.Contains("内容却是PDF", reasons["其实是PDF.zip"]);
        Assert.Contains("压缩包中的此文件已损坏", reasons["数据损坏.zip/情况说明.txt"]);
        AssertNoEnglish(json);
    }

    private static void AssertSameFindings(IReadOnlyList<string> files, byte[] zip, string inside)
    {
        var (fileCode, fileJson, _) = Run(["check", .. files, "--format", "json"]);
        var (zipCode, zipJson, _) = InFolder([("公开文件.zip", zip)], out var folder);
        var prefix = Path.Combine(folder, "公开文件.zip") + "/" + inside;
        var fromFiles = Documents(fileJson).Select(d => (Path.GetFileName(d.File), d.Findings)).ToList();
        var fromZip = Documents(zipJson).Select(d => (d.File[prefix.Length..], d.Findings.Replace(prefix, ""))).ToList();
        Assert.Equal(fileCode, zipCode);
        Assert.NotEmpty(fromFiles.SelectMany(d => d.Findings));
        Assert.Equal(fromFiles.Select(d => (d.Item1, Normal(d.Findings, files))), fromZip.Select(d => (d.Item1, d.Item2)));
    }

    /// <summary>The findings of files run by path, with their folder removed from the places they name.</summary>
    private static string Normal(string findings, IReadOnlyList<string> files) =>
        files.Select(f => Path.GetDirectoryName(f)! + "/").Distinct().Aggregate(findings, (text, folder) => text.Replace(folder, ""));

    /// <summary>check over a new folder holding <paramref name="files"/>; the folder is deleted after the run.</summary>
    private static (int Code, string Json, string Err) InFolder((string Name, byte[] Content)[] files, out string folder)
    {
        var dir = Directory.CreateTempSubdirectory();
        folder = dir.FullName;
        foreach (var (name, content) in files) File.WriteAllBytes(Path.Combine(dir.FullName, name), content);
        try
        {
            return Run("check", dir.FullName, "--format", "json");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static List<(string File, string Findings)> Documents(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => (d.GetProperty("file").GetString()!, d.GetProperty("findings").GetRawText())).ToList();
    }

    private static List<string> Files(string json) => Documents(json).Select(d => d.File).ToList();

    private static List<(string File, string Reason)> Skipped(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("skipped").EnumerateArray()
            .Select(s => (s.GetProperty("file").GetString()!, s.GetProperty("reason").GetString()!)).ToList();
    }

    private static void AssertNoEnglish(string json)
    {
        foreach (var word in new[] { "Exception", "Object reference", "Invalid", "System." })
            Assert.DoesNotContain(word, json, StringComparison.Ordinal);
    }

    private static bool Contains(byte[] bytes, byte[] part) => IndexOf(bytes, part) >= 0;

    private static int IndexOf(byte[] bytes, byte[] part) => bytes.AsSpan().IndexOf(part);
}

using System.Text;
using FiscalAudit.Ingest.Archives;
using FiscalAudit.Web.Application;
using FiscalAudit.Web.Application.Content;
using FiscalAudit.Web.Hosting;
using FiscalAudit.Web.Tests.Support;

namespace FiscalAudit.Web.Tests.Uploads;

/// <summary>
/// Hostile archives against the expander with its real limits (1 GB expanded, 100:1, 10,000 entries) or
/// smaller configured ones: every limit is judged on the bytes actually decompressed or the records
/// actually present, never on what the headers declare, and no entry is read past its limit.
/// </summary>
public sealed class ArchiveLimitTests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("2023年度部门决算说明：本年收入合计100.00万元。\n");

    private static List<IncomingFile> Expand(byte[] zip, WebSettings? settings = null) =>
        new ArchiveExpander(settings ?? new WebSettings()).Expand("资料.zip", zip).ToList();

    private static byte[] Repeated(string line, int bytes)
    {
        var text = new StringBuilder();
        while (text.Length * 3 < bytes) text.Append(line);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public void Ten_thousand_entries_are_expanded_and_one_more_is_refused_whole()
    {
        var entries = Enumerable.Range(0, 10_000).Select(i => ($"第{i}号.txt", Text)).ToArray();
        Assert.Equal(10_000, Expand(Zips.Of(entries)).Count(f => f.Content is not null));

        var tooMany = Zips.Of([.. entries, ("多一个.txt", Text)]);
        var refused = Assert.Single(Expand(tooMany));
        Assert.Equal("资料.zip", refused.Name);
        Assert.Null(refused.Content);
        Assert.Contains("超过 10000 个的上限", refused.Refusal);

        // The end record may lie about the count: the directory's records are counted.
        Assert.Contains("超过 10000 个的上限", Assert.Single(Expand(Zips.DeclaringCount(tooMany, 3))).Refusal);
    }

    [Fact]
    public void An_entry_expanding_past_the_ratio_is_refused_after_reading_no_more_than_its_cap()
    {
        var bomb = new byte[200 * 1024 * 1024];
        var zip = Zips.Of(("正常.txt", Text), ("零.txt", bomb));
        Assert.True(zip.Length < 400 * 1024, $"{zip.Length} bytes");
        var files = Expand(zip);
        Assert.NotNull(files[0].Content);
        Assert.Null(files[1].Content);
        Assert.Contains("压缩炸弹", files[1].Refusal);
        // Reading stopped one chunk past the cap (100 × the archive), far below the 200 MB inside.
        Assert.True(files[1].Length <= zip.Length * 100L + 81920, $"read {files[1].Length} bytes");
    }

    [Fact]
    public void Small_entries_that_each_pass_still_stop_at_the_archives_ratio()
    {
        // Each entry is under the size below which one entry's ratio is not judged; together they expand about 1000:1.
        var entry = Repeated("零", 60_000);
        var zip = Zips.Of(Enumerable.Range(0, 300).Select(i => ($"第{i}号.txt", entry)).ToArray());
        var files = Expand(zip);
        var accepted = files.TakeWhile(f => f.Content is not null).ToList();
        Assert.NotEmpty(accepted);
        Assert.True(accepted.Sum(f => f.Length) <= zip.Length * 100L, $"{accepted.Sum(f => f.Length)} bytes from a {zip.Length}-byte archive");
        Assert.All(files.Skip(accepted.Count), f => Assert.Contains("压缩炸弹", f.Refusal));
        Assert.True(files.Count - accepted.Count > 100);
    }

    [Fact]
    public void The_total_limit_is_configurable_and_refuses_what_comes_after_it()
    {
        var entry = Repeated("年初结转和结余", 300_000);
        var zip = Zips.Of(Enumerable.Range(0, 5).Select(i => ($"第{i}号.txt", entry)).ToArray());
        var settings = new WebSettings { Archive = new ArchiveLimits { MaxTotalBytes = 1024 * 1024, MaxRatio = 100_000 } };
        var files = Expand(zip, settings);
        Assert.Equal(3, files.Count(f => f.Content is not null));
        Assert.All(files.Skip(3), f => Assert.Contains("总大小超过 1 MB 上限", f.Refusal));

        var fewEntries = new WebSettings { Archive = new ArchiveLimits { MaxEntries = 4 } };
        Assert.Contains("超过 4 个的上限", Assert.Single(Expand(zip, fewEntries)).Refusal);
        var lowRatio = new WebSettings { Archive = new ArchiveLimits { MaxRatio = 2 } };
        Assert.All(Expand(zip, lowRatio), f => Assert.Contains("压缩炸弹", f.Refusal));
    }

    [Fact]
    public void Declared_sizes_are_never_trusted()
    {
        var bomb = Repeated("零", 50 * 1024 * 1024);
        // Declared tiny: the bytes read are counted, and no more than the declared ones are ever accepted.
        var small = Assert.Single(Expand(Zips.DeclaringSize(Zips.Of(("谎报.txt", bomb)), 1000)));
        Assert.True(small.Content is null ? small.Refusal!.Contains("压缩") || small.Refusal.Contains("损坏") : small.Content.Length <= 1000,
            $"{small.Length} bytes, {small.Refusal}");
        // Declared huge: a small entry is read as it is, nothing is allocated for the size the header claims.
        var huge = Assert.Single(Expand(Zips.DeclaringSize(Zips.Of(("正常.txt", Text)), uint.MaxValue - 1)));
        Assert.True(huge.Content is null || huge.Content.Length == Text.Length, $"{huge.Length} bytes, {huge.Refusal}");
        Assert.True(huge.Content is not null || huge.Refusal!.Contains("损坏"), huge.Refusal);
    }

    [Fact]
    public void Nested_archives_by_name_or_content_and_paths_leaving_the_archive_are_refused()
    {
        var inner = Zips.Of(("里面.txt", Text));
        var files = Expand(Zips.Of(
            ("里层.zip", inner), ("改名.pdf", inner), ("伪装.txt", inner), ("归档.7z", Text),
            ("../../上级.txt", Text), ("/绝对.txt", Text), ("C:/盘符.txt", Text), ("子目录/正常.txt", Text)));
        var byName = files.ToDictionary(f => f.Name);
        foreach (var name in new[] { "里层.zip", "改名.pdf", "伪装.txt", "归档.7z" })
            Assert.Equal("压缩包中的压缩包不会解开。请先解开其中的压缩包，再审核里面的文件。", byName[$"资料.zip/{name}"].Refusal);
        Assert.All(files.Where(f => f.Name.Contains("上级") || f.Name.Contains("绝对") || f.Name.Contains("盘符")),
            f => Assert.Contains("指向压缩包以外", f.Refusal));
        Assert.Equal(Text, byName["资料.zip/子目录/正常.txt"].Content);
    }
}

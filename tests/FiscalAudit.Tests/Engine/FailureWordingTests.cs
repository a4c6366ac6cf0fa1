using System.IO.Compression;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Rules;
using FiscalAudit.Tests.Office;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Office.TestDocx;

namespace FiscalAudit.Tests.Engine;

/// <summary>
/// What a reviewer is told of a broken file or a failing check is Chinese and names the file; the .NET exception and its
/// English message go to the host's log (<see cref="AuditProfile.Faults"/>) only.
/// </summary>
public class FailureWordingTests
{
    private static readonly string[] English = ["Exception", "Object reference", "System.", "End of Central Directory", "Block type", "Found invalid data"];

    private static readonly byte[] Docx = Create(
        P("第三部分 2023年度部门决算情况说明", "1"),
        P("一、收入支出决算总体情况说明。2023年度收入总计1,234.56万元，支出总计1,234.56万元。"),
        Table(Row(Cell("项 目"), Cell("金 额")), Row(Cell("合计"), Cell("1,234.56"))));

    private static readonly byte[] Xlsx = new TestXlsx().Sheet("公开01表").Text("A1", "收入支出决算总表", TestXlsx.Styles.Bold).Merge("A1:C1")
        .Text("A2", "项目").Text("B2", "金额").Text("A3", "本年收入合计").Number("B3", "1234.56", TestXlsx.Styles.TwoDecimals).Build();

    public static TheoryData<string, string> Broken => new()
    {
        { "某局2023年度部门决算.docx", "截断 1/3" }, { "某局2023年度部门决算.docx", "截断 9/10" }, { "某局2023年度部门决算.docx", "word/document.xml 数据损坏" },
        { "公开表.xlsx", "截断 1/3" }, { "公开表.xlsx", "截断 9/10" }, { "公开表.xlsx", "xl/worksheets/sheet1.xml 数据损坏" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_truncated_or_corrupted_package_is_told_in_chinese_and_logged_in_full(string name, string damage)
    {
        var faults = new List<(string What, Exception Error)>();
        var auditor = new Auditor(new AuditProfile { Faults = (what, e) => faults.Add((what, e)) });
        var original = name.EndsWith(".docx", StringComparison.Ordinal) ? Docx : Xlsx;

        var result = auditor.Audit(name, Damaged(original, damage));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("FA0001", finding.RuleId);
        Assert.Contains($"“{name}”", finding.Message);
        Assert.Contains("损坏", finding.Message);
        foreach (var word in English) Assert.DoesNotContain(word, finding.Message, StringComparison.OrdinalIgnoreCase);
        var (what, error) = Assert.Single(faults);
        Assert.Contains(name, what);
        Assert.DoesNotContain(error.Message, finding.Message);
    }

    [Fact]
    public void A_failing_rule_is_named_without_its_exception_which_is_logged()
    {
        var faults = new List<(string What, Exception Error)>();
        var catalog = new RuleCatalog([.. RuleCatalog.Default.Rules, new FailingRule()], RuleCatalog.Default.Templates);
        var auditor = new Auditor(new AuditProfile { Catalog = catalog, Faults = (what, e) => faults.Add((what, e)) });

        var result = auditor.Audit("某局2023年度部门决算.docx", Docx);

        var note = Assert.Single(result.Findings, f => f.Message.Contains("FA9998", StringComparison.Ordinal));
        Assert.Equal("规则 FA9998 运行出错，已跳过，本文件中该规则的检查未完成。", note.Message);
        Assert.Equal("某局2023年度部门决算.docx", note.Location.Source?.File);
        var (what, error) = Assert.Single(faults);
        Assert.Contains("FA9998", what);
        Assert.IsType<NullReferenceException>(error);
    }

    /// <summary>The package cut short, or one part's compressed bytes overwritten in the middle.</summary>
    private static byte[] Damaged(byte[] package, string damage)
    {
        if (damage == "截断 1/3") return package[..(package.Length / 3)];
        if (damage == "截断 9/10") return package[..(package.Length * 9 / 10)];
        var part = damage.Split(' ')[0];
        var copy = package.ToArray();
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entry = zip.GetEntry(part)!;
        var header = copy.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(part));
        var data = header + part.Length;
        for (var i = entry.CompressedLength / 4; i < entry.CompressedLength * 3 / 4; i++) copy[data + i] ^= 0xA5;
        return copy;
    }

    /// <summary>A rule with a programming error: it dereferences what the disclosure does not hold.</summary>
    private sealed class FailingRule : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("FA9998", "测试规则", Severity.Error, RuleCategories.TableBalance, "测试", Enum.GetValues<DocumentKind>());

        public IEnumerable<Finding> Check(Disclosure disclosure) => [Dereference(null)];

        private static Finding Dereference(Finding? missing) => missing! with { };
    }
}

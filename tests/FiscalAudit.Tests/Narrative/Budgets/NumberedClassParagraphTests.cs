using FiscalAudit.Engine;
using FiscalAudit.Tests.Budget.NationalFormat;
using FiscalAudit.Tests.Ingest;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Budget.NationalFormat.NationalFormatBudgetTests;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Issue 12 class 5: a 一般公共预算当年拨款 whose 类 are told one numbered paragraph each under the lead that promises them all
/// (“…按功能科目分：” + “1.一般公共服务（类）支出12.00万元，主要用于…。”, “（一）…”, “一是…”), in the 浙江 budget (Budget/Unseen) read as
/// text, as Markdown a converter wrote and as a Word document. The right paragraphs give no finding; one 类 mistyped against its
/// 表五 row gives one finding (FA6401, the sum of the 类 it breaks folded into it, finding-merges.json); one 类 left out gives one
/// FA3005 (the 类 sum short of the 拨款).
/// </summary>
public class NumberedClassParagraphTests
{
    private const string Spending = "2025年部门支出预算2,538.60万元，其中：基本支出1,268.60万元，占49.97%；项目支出1,270.00万元，占50.03%。";

    private const string Lead = "2025年一般公共预算当年拨款2,418.60万元，按功能科目分：";

    /// <summary>The five 类 of 表五 with what each is for, to be numbered.</summary>
    private static readonly string[] Classes =
    [
        "一般公共服务（类）支出12.00万元，主要用于党建工作经费。",
        "社会保障和就业（类）支出186.40万元，主要用于机关事业单位基本养老保险缴费。",
        "卫生健康（类）支出72.80万元，主要用于行政单位医疗。",
        "农林水（类）支出2,038.20万元，主要用于农业农村发展。",
        "住房保障（类）支出109.20万元，主要用于住房公积金。",
    ];

    /// <summary>How a province numbers the paragraphs: 湖北 “1.”, 河南 “（一）”, 四川 “一是”.</summary>
    public static readonly Dictionary<string, Func<int, string>> Numberings = new()
    {
        ["1."] = n => $"{n}.",
        ["（一）"] = n => $"（{"一二三四五"[n - 1]}）",
        ["一是"] = n => $"{"一二三四五"[n - 1]}是",
    };

    public static readonly Dictionary<string, Func<string, (string Name, byte[] Bytes)>> Forms = new()
    {
        ["text"] = t => ("嘉兴市秀洲区农业农村局2025年部门预算.txt", System.Text.Encoding.UTF8.GetBytes(t)),
        ["Markdown"] = t => ("嘉兴市秀洲区农业农村局2025年部门预算.md",
            System.Text.Encoding.UTF8.GetBytes(ConvertedMarkdown.Write(t, ConverterStyle.Named("marker: pipe tables, amounts with thousands separators")))),
        ["Word"] = t => ("嘉兴市秀洲区农业农村局2025年部门预算.docx", ComposedRegionsBudgetTests.Word(t)),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var numbering in Numberings.Keys)
            foreach (var form in Forms.Keys) data.Add(numbering, form);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_right_paragraphs_give_no_finding(string numbering, string form) =>
        Assert.Empty(Findings(form, Text(numbering, Classes)).Select(f => $"{f.RuleId} {f.Message}"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_class_mistyped_against_its_row_gives_one_finding(string numbering, string form)
    {
        var classes = Classes.Select(c => c.Replace("2,038.20", "2,083.20", StringComparison.Ordinal)).ToArray();
        var finding = Assert.Single(Findings(form, Text(numbering, classes)));
        Assert.Equal("FA6401", finding.RuleId);
        Assert.Contains("2,083.20", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2,038.20", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_class_left_out_gives_one_sum_finding(string numbering, string form)
    {
        var finding = Assert.Single(Findings(form, Text(numbering, Classes.Where(c => !c.StartsWith("卫生健康", StringComparison.Ordinal)).ToArray())));
        Assert.Equal("FA3005", finding.RuleId);
        Assert.Contains("2,418.60", finding.Message, StringComparison.Ordinal);
    }

    private static string Text(string numbering, string[] classes)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "Unseen", "zhejiang-budget.txt"));
        var paragraphs = string.Join("\n", classes.Select((c, k) => Numberings[numbering](k + 1) + c));
        return text.Replace(Spending, Spending + "\n" + Lead + "\n" + paragraphs, StringComparison.Ordinal);
    }

    private static List<FiscalAudit.Core.Findings.Finding> Findings(string form, string text)
    {
        var (name, bytes) = Forms[form](text);
        return Reported(new Auditor().Audit(name, bytes));
    }
}

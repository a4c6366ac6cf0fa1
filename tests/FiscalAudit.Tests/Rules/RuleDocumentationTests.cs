using System.Text.RegularExpressions;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Rules;

/// <summary>
/// Every rule has a stable id, a Chinese title and summary, and a documentation page in the format of
/// <see cref="RulePageFormat"/> (Chinese for reviewers, English developer notes at the end) that states,
/// right under its title, the document kinds the rule applies to.
/// </summary>
public class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var d in RuleCatalog.Default.Descriptors) data.Add(d.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_documentation_page_in_the_reviewer_format(string id)
    {
        var descriptor = RuleCatalog.Default.Find(id)!;
        Assert.Matches(@"^FA\d{4}$", descriptor.Id);
        Assert.Contains(descriptor.Title, c => c >= 0x4E00 && c <= 0x9FFF);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Summary));
        var page = Path.Combine(Repo.Root, descriptor.DocumentationPath);
        Assert.True(File.Exists(page), $"missing {descriptor.DocumentationPath}");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}", text);
        var problems = RulePageFormat.Problems(text);
        Assert.True(problems.Count == 0, $"{id}: {string.Join("; ", problems)}");
    }

    /// <summary>
    /// The one-line 规则说明 the CLI, reports and the help page show beside the title: a short Chinese sentence saying what is
    /// checked, that fits a table column and does not repeat the title or the page's 问题说明.
    /// </summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_summary_is_a_short_Chinese_sentence_of_what_is_checked(string id)
    {
        var descriptor = RuleCatalog.Default.Find(id)!;
        var summary = descriptor.Summary;
        var page = File.ReadAllText(Path.Combine(Repo.Root, descriptor.DocumentationPath)).Replace("\r\n", "\n");
        var problem = page[page.IndexOf("\n## 问题说明\n", StringComparison.Ordinal)..page.IndexOf("\n## 检查方法\n", StringComparison.Ordinal)];

        Assert.True(summary.Length <= 40, $"{id}: {summary.Length} characters: {summary}");
        Assert.EndsWith("。", summary);
        Assert.True(summary.Count(c => c is >= '\u4E00' and <= '\u9FFF') * 2 > summary.Length, $"{id}: not Chinese: {summary}");
        Assert.Null(RulePageFormat.EnglishWord(summary));
        Assert.DoesNotContain(descriptor.Title, summary, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.TrimEnd('。'), problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_in_the_format_passes()
    {
        Assert.Empty(RulePageFormat.Problems(Page(ChineseBody)));
    }

    /// <summary>The pages as they were: English bodies under English headings.</summary>
    [Fact]
    public void A_page_with_English_sections_fails()
    {
        const string english = """
            # FA2004: 财政拨款总表与一般公共预算财政拨款支出表不一致

            - 适用文件：部门决算
            - 级别 Severity: 错误 (error)
            - 类别 Category: 表间一致

            ## Cause

            表四's 一般公共预算财政拨款 column differs from 表五.

            ## How to waive

            `--disable FA2004` switches the rule off.
            """;

        Assert.Contains(RulePageFormat.Problems(english), p => p.StartsWith("sections are", StringComparison.Ordinal));
    }

    /// <summary>English under a Chinese heading, or in a header bullet, is found where it is.</summary>
    [Theory]
    [InlineData("表四“一般公共预算财政拨款”列的金额与表五不同。", "表四的一般公共预算财政拨款 column differs from 表五。", "## 问题说明 has the English word “column”")]
    [InlineData("命令行用 `--disable FA2004` 关闭本规则。", "`--disable FA2004` switches the rule off.", "## 如何忽略 has the English word “switches”")]
    [InlineData("- 级别：错误", "- 级别 Severity: 错误 (error)", "no header bullet “- 级别：…”")]
    [InlineData("- 类别：表间一致", "- 类别：表间一致 (tables)", "header bullet “- 类别：表间一致 (tables)” has the English word “tables”")]
    public void English_in_a_reviewer_part_fails(string chinese, string english, string problem)
    {
        var page = Page(ChineseBody).Replace(chinese, english, StringComparison.Ordinal);

        Assert.Contains(problem, RulePageFormat.Problems(page));
    }

    [Theory]
    [InlineData("见“江苏省人民检察院2018年部门预算公开.pdf”第25页和“附表.xlsx”，导出为 Excel 或 Word 文件")]
    [InlineData("命令行 `--severity FA3002=info`，或 --disable FA3002")]
    public void Rule_ids_options_code_file_names_and_product_names_are_not_English_words(string chinese)
    {
        Assert.Null(RulePageFormat.EnglishWord(chinese));
    }

    private const string ChineseBody = """
        ## 问题说明

        表四“一般公共预算财政拨款”列的金额与表五不同。

        ## 检查方法

        表四“本年支出合计”行与表五“合计”行比较，差0.01也报告。

        ## 示例

        表四“社会保障和就业支出”326.71万元，表五为326.72万元。

        ## 如何整改

        按账簿改正印错的一处。

        ## 如何忽略

        在审核页面把问题标为“忽略”并写明理由；命令行用 `--disable FA2004` 关闭本规则。

        """;

    private static string Page(string chineseBody) => $"""
        # FA2004: 财政拨款总表与一般公共预算财政拨款支出表不一致

        - 适用文件：部门决算
        - 级别：错误
        - 类别：表间一致

        {chineseBody}
        ## Developer notes (English)

        Severity: error

        ### Cause

        表四's 一般公共预算财政拨款 column differs from 表五.

        ### Rule description

        Compared exactly.

        ### Example

        Seed 002.

        ### How to fix violations

        Correct the printing.

        ### How to waive

        `--disable FA2004`.
        """;

    /// <summary>“- 适用文件：部门决算、绩效自评” under the title names exactly the kinds the Engine runs the rule on.</summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_states_the_document_kinds_it_applies_to(string id)
    {
        var descriptor = RuleCatalog.Default.Find(id)!;
        var header = File.ReadAllText(Path.Combine(Repo.Root, descriptor.DocumentationPath)).Split("\n## ")[0];
        var line = Assert.Single(Regex.Matches(header, @"^- 适用文件：(.+?)\s*$", RegexOptions.Multiline));
        var names = line.Groups[1].Value.Split('、');
        var kinds = names.Select(n => Enum.GetValues<DocumentKind>().Where(k => k.ToChinese() == n).Cast<DocumentKind?>().SingleOrDefault()).ToList();
        Assert.All(names.Zip(kinds), x => Assert.True(x.Second is not null, $"{id}: “{x.First}” is no document kind"));
        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.Equal(descriptor.Kinds.Order(), kinds.OfType<DocumentKind>().Order());
    }

    [Fact]
    public void Rule_ids_are_unique()
    {
        var ids = RuleCatalog.Default.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}

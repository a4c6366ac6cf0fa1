using System.Text.RegularExpressions;
using FiscalAudit.Rules;
using Markdig;

namespace FiscalAudit.Web.Application;

/// <summary>
/// A rule's help page: docs/rules/&lt;ID&gt;.md beside the application, rendered with Markdig, opened by the
/// rule's Chinese purpose from the catalog and with its section headings named in Chinese.
/// </summary>
public sealed partial class RuleHelp(IWebHostEnvironment environment)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private static readonly (string English, string Chinese)[] Headings =
    {
        ("## Cause", "## 问题成因（Cause）"),
        ("## Rule description", "## 检查方法（Rule description）"),
        ("## Example", "## 示例（Example）"),
        ("## How to fix violations", "## 如何整改（How to fix violations）"),
        ("## How to waive", "## 如何忽略（How to waive）"),
    };

    /// <summary>The rendered page of a rule, or null when there is no such rule (the id never becomes a path unless it is FA and four digits).</summary>
    public (string Title, string Html)? Find(string id)
    {
        if (!RuleId().IsMatch(id)) return null;
        var path = Path.Combine(environment.ContentRootPath, "docs", "rules", id + ".md");
        if (!File.Exists(path)) return null;
        var markdown = File.ReadAllText(path);
        var title = markdown.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? id;
        foreach (var (english, chinese) in Headings) markdown = markdown.Replace("\n" + english + "\n", "\n" + chinese + "\n", StringComparison.Ordinal);
        if (RuleCatalog.Default.Find(id) is { } rule)
        {
            var firstSection = markdown.IndexOf("\n## ", StringComparison.Ordinal);
            if (firstSection >= 0) markdown = markdown.Insert(firstSection, $"\n**规则说明：**{rule.Summary}\n");
        }
        return (title, Markdown.ToHtml(markdown, Pipeline));
    }

    [GeneratedRegex("^FA[0-9]{4}$")]
    private static partial Regex RuleId();
}

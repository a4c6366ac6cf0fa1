using System.Text.RegularExpressions;
using FiscalAudit.Rules;
using Markdig;

namespace FiscalAudit.Web.Application;

/// <summary>
/// A rule's help page: the reviewer part of docs/rules/&lt;ID&gt;.md beside the application (everything before its
/// English developer notes), rendered with Markdig and opened by the rule's Chinese purpose from the catalog.
/// </summary>
public sealed partial class RuleHelp(IWebHostEnvironment environment)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <summary>The heading of the developers' part of a page, which reviewers do not see.</summary>
    private const string DeveloperNotes = "\n## Developer notes (English)";

    /// <summary>The rendered page of a rule, or null when there is no such rule (the id never becomes a path unless it is FA and four digits).</summary>
    public (string Title, string Html)? Find(string id)
    {
        if (!RuleId().IsMatch(id)) return null;
        var path = Path.Combine(environment.ContentRootPath, "docs", "rules", id + ".md");
        if (!File.Exists(path)) return null;
        var markdown = File.ReadAllText(path);
        var title = markdown.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? id;
        var notes = markdown.IndexOf(DeveloperNotes, StringComparison.Ordinal);
        if (notes >= 0) markdown = markdown[..notes];
        if (RuleCatalog.Default.Find(id) is { } rule)
        {
            var firstSection = markdown.IndexOf("\n## ", StringComparison.Ordinal);
            if (firstSection >= 0) markdown = markdown.Insert(firstSection, $"\n**规则说明**：{rule.Summary}\n");
        }
        return (title, Markdown.ToHtml(markdown, Pipeline));
    }

    [GeneratedRegex("^FA[0-9]{4}$")]
    private static partial Regex RuleId();
}

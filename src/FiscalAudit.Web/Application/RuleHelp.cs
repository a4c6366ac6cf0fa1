using System.Text.RegularExpressions;
using Markdig;

namespace FiscalAudit.Web.Application;

/// <summary>A rule's help page: docs/rules/&lt;ID&gt;.md beside the application, rendered with Markdig.</summary>
public sealed partial class RuleHelp(IWebHostEnvironment environment)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    /// <summary>The rendered page of a rule, or null when there is no such rule (the id never becomes a path unless it is FA and four digits).</summary>
    public (string Title, string Html)? Find(string id)
    {
        if (!RuleId().IsMatch(id)) return null;
        var path = Path.Combine(environment.ContentRootPath, "docs", "rules", id + ".md");
        if (!File.Exists(path)) return null;
        var markdown = File.ReadAllText(path);
        var title = markdown.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? id;
        return (title, Markdown.ToHtml(markdown, Pipeline));
    }

    [GeneratedRegex("^FA[0-9]{4}$")]
    private static partial Regex RuleId();
}

using System.Text.RegularExpressions;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Rules;

/// <summary>
/// Every rule has a stable id, a Chinese title and summary, and a documentation page with the standard
/// headings that states, right under its title, the document kinds the rule applies to.
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
    public void Rule_has_a_documentation_page_with_the_standard_headings(string id)
    {
        var descriptor = RuleCatalog.Default.Find(id)!;
        Assert.Matches(@"^FA\d{4}$", descriptor.Id);
        Assert.Contains(descriptor.Title, c => c >= 0x4E00 && c <= 0x9FFF);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Summary));
        var page = Path.Combine(Repo.Root, descriptor.DocumentationPath);
        Assert.True(File.Exists(page), $"missing {descriptor.DocumentationPath}");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}", text);
        foreach (var heading in new[] { "## Cause", "## Rule description", "## Example", "## How to fix violations", "## How to waive" })
            Assert.Contains(heading, text);
    }

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

using FiscalAudit.Rules;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Rules;

/// <summary>Every rule has a stable id, a Chinese title and summary, and a documentation page with the standard headings.</summary>
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

    [Fact]
    public void Rule_ids_are_unique()
    {
        var ids = RuleCatalog.Default.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}

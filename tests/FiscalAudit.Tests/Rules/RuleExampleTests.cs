using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Engine;
using FiscalAudit.Rules;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Rules;

/// <summary>
/// The 示例 of a rule page quotes what the checker says: docs/rules/examples/examples.json plants each page's example in a
/// clean document of docs/rules/examples/, and every message the page quotes (a “> ” line) must be what the engine reports
/// for it, so a page cannot go stale when a message changes.
/// </summary>
public partial class RuleExampleTests
{
    private const string SameProblem = "；同一问题：";

    private static readonly string ExamplesFolder = Path.Combine(Repo.Root, "docs", "rules", "examples");

    private static readonly Lazy<Dictionary<string, Example>> Examples = new(() =>
        JsonSerializer.Deserialize<Dictionary<string, Example>>(File.ReadAllText(Path.Combine(ExamplesFolder, "examples.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    public static TheoryData<string> ExampleRuleIds() => new(Examples.Value.Keys);

    public static TheoryData<string> Documents() => new(Examples.Value.Values.Select(e => e.Document).Distinct());

    public static TheoryData<string> RuleIds() => new(RuleCatalog.Default.Descriptors.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Example_document_is_clean_before_planting(string document)
    {
        var result = new Auditor().Audit(Path.Combine(ExamplesFolder, document));

        Assert.Empty(result.Findings.Select(f => $"{f.RuleId} {f.Message}"));
    }

    [Theory]
    [MemberData(nameof(ExampleRuleIds))]
    public void Page_quotes_what_the_engine_says_on_its_example(string id)
    {
        var example = Examples.Value[id];
        var clean = File.ReadAllText(Path.Combine(ExamplesFolder, example.Document));
        var planted = Planting.Planted(clean, example.Document, example.Plants.Select(p => (p.Printed, p.ChangedTo)));
        var findings = new Auditor().Audit(example.Document, Encoding.UTF8.GetBytes(planted)).Findings;
        var quotes = Quotes(Section(id));
        Assert.NotEmpty(quotes);

        foreach (var quote in quotes)
        {
            var said = findings.Any(f => f.RuleId == id && Quoted(quote, f.Message))
                       || findings.Any(f => f.Message.Split(SameProblem).Skip(1).Contains(quote));
            Assert.True(said, $"{id}: the engine does not say “{quote}”; it says:\n{string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Message}"))}");
        }
    }

    /// <summary>A reviewer has only the page: its 示例 names no seed or shipped sample file they would have to open.</summary>
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Example_names_no_file_a_reviewer_does_not_have(string id)
    {
        Assert.Null(FileOnlyWeHave().Match(Section(id)) is { Success: true } m ? m.Value : null);
    }

    /// <summary>The page's message, whole or up to “；同一问题：…” when the page leaves out the folded rest.</summary>
    private static bool Quoted(string quote, string message) =>
        quote.EndsWith(SameProblem + "…", StringComparison.Ordinal)
            ? message.StartsWith(quote[..^1], StringComparison.Ordinal)
            : message == quote;

    private static List<string> Quotes(string section) =>
        section.Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(l => l[2..].TrimEnd()).ToList();

    private static string Section(string id)
    {
        var page = File.ReadAllText(Path.Combine(Repo.Root, "docs", "rules", id + ".md")).Replace("\r\n", "\n");
        var start = page.IndexOf("\n## 示例\n", StringComparison.Ordinal);
        return page[start..page.IndexOf("\n## 如何整改\n", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("样本文件|种子文件|示例文件|[Ss]eed ?\\d{3}|examples/")]
    private static partial Regex FileOnlyWeHave();

    private sealed record Example(string Document, IReadOnlyList<Plant> Plants);

    private sealed record Plant(string Printed, string ChangedTo);
}

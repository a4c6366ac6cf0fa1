using FiscalAudit.Core.Findings;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>The composed regional 情况说明 under Narrative/Regional, and the check of one planted error in them.</summary>
internal static class RegionalPassages
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "Regional", name));

    public static int LineOf(string name, string fragment) => Text(name).Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;

    /// <summary>The narrative findings of the passage, as rule, line and message; those of <paramref name="leftOut"/> (a check the passage is not written for) not among them.</summary>
    public static List<string> Findings(string name, string? leftOut = null) =>
        Counted(Text(name), leftOut).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}").ToList();

    /// <summary><paramref name="right"/> replaced by <paramref name="wrong"/> gives one finding, of its rule, on its line, with both numbers; findings of <paramref name="leftOut"/> not counted.</summary>
    public static void AssertOneFinding(string name, string right, string wrong, string rule, string expected, string actual, string? leftOut = null)
    {
        var text = Text(name);
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(Counted(text.Replace(right, wrong, StringComparison.Ordinal), leftOut));
        Assert.Equal((rule, LineOf(name, right)), (finding.RuleId, finding.Location.Line));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Contains(actual, finding.Message, StringComparison.Ordinal);
    }

    private static List<Finding> Counted(string text, string? leftOut) => NarrativeFindings(FromText(text)).Where(f => f.RuleId != leftOut).ToList();
}

using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>The whole 部门决算 texts under Narrative/FinalAccounts: reading one, checking a text, finding a line.</summary>
public static class FinalAccountsFixtures
{
    public static string Text(string name) =>
        File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "FinalAccounts", name));

    public static List<Finding> Check(string text) => new Auditor().Check(FromText(text)).ToList();

    /// <summary>The fixture reads as the nine tables T1–T9 and gives no finding.</summary>
    public static void AssertNineTablesAndNoFinding(string name)
    {
        var disclosure = FromText(Text(name));
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"T{n}"), disclosure.Tables.Select(t => t.Id).Distinct().Order());
        Assert.Empty(new Auditor().Check(disclosure).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
    }

    /// <summary><paramref name="right"/>, printed once in the fixture, reworded as <paramref name="wording"/> gives no finding.</summary>
    public static void AssertRewordedWithoutFinding(string name, string right, string wording)
    {
        var text = Text(name);
        Assert.Equal(1, text.Split(right).Length - 1);
        Assert.Empty(Check(text.Replace(right, wording, StringComparison.Ordinal)).Select(f => $"{f.RuleId} 第{f.Location.Line}行 {f.Message}"));
    }

    /// <summary>
    /// <paramref name="right"/>, printed once in the fixture, replaced by <paramref name="wrong"/> gives one finding of <paramref name="rule"/>
    /// on the line of <paramref name="place"/> (the first holding it), or else on the line where <paramref name="right"/> starts.
    /// </summary>
    public static void AssertPlantFoundOnce(string name, string right, string wrong, string rule, string? place)
    {
        var text = Text(name);
        Assert.Equal(1, text.Split(right).Length - 1);
        var finding = Assert.Single(Check(text.Replace(right, wrong, StringComparison.Ordinal)));
        Assert.Equal((rule, place is null ? LineAt(text, right) : LineOf(text, place)), (finding.RuleId, finding.Location.Line));
    }

    /// <summary>
    /// <paramref name="right"/>, printed once in the fixture, reworded as <paramref name="wording"/> with its one <paramref name="good"/>
    /// replaced by <paramref name="bad"/> gives one finding of <paramref name="rule"/> on the line where <paramref name="right"/> starts; returns it.
    /// </summary>
    public static Finding AssertPlantInWordingFoundOnce(string name, string right, string wording, string good, string bad, string rule)
    {
        var text = Text(name);
        Assert.Equal(1, text.Split(right).Length - 1);
        Assert.Equal(1, wording.Split(good).Length - 1);
        var finding = Assert.Single(Check(text.Replace(right, wording.Replace(good, bad, StringComparison.Ordinal), StringComparison.Ordinal)));
        Assert.Equal((rule, LineAt(text, right)), (finding.RuleId, finding.Location.Line));
        return finding;
    }

    /// <summary>The 1-based number of the line where the first <paramref name="fragment"/> (which may end its line) starts.</summary>
    public static int LineAt(string text, string fragment) => text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    /// <summary>The 1-based number of the first line holding <paramref name="fragment"/>, 0 when none does.</summary>
    public static int LineOf(string text, string fragment) =>
        text.Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;
}

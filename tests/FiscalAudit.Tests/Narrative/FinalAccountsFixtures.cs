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

    /// <summary>The 1-based number of the line where the first <paramref name="fragment"/> (which may end its line) starts.</summary>
    public static int LineAt(string text, string fragment) => text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    /// <summary>The 1-based number of the first line holding <paramref name="fragment"/>, 0 when none does.</summary>
    public static int LineOf(string text, string fragment) =>
        text.Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;
}

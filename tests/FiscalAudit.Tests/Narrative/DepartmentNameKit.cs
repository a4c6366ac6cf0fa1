using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>A cover naming a department, then a table headed by a “部门：” line (FA3014 tests).</summary>
internal static class DepartmentNameKit
{
    /// <summary>The table after the cover; {0} is its header line.</summary>
    public const string Tables = "\n\n收入支出决算总表\n\n公开01表\n\n{0}\n\n2020年度\n\n本年收入合计199.52万元。\n";

    /// <summary>The names FA3014 reports in <paramref name="text"/>.</summary>
    public static List<string> Others(string text) =>
        NarrativeFindings(FromText(text)).Where(f => f.RuleId == "FA3014").Select(f => (string)f.Actual!).ToList();

    /// <summary>The document of <paramref name="department"/> (its cover) whose table is headed by <paramref name="header"/>.</summary>
    public static string Document(string department, string header) => $"2020年度\n\n{department}\n\n部门决算" + string.Format(Tables, header);

    /// <summary>The names FA3014 reports in the document of <paramref name="department"/> whose table is headed by <paramref name="header"/>.</summary>
    public static List<string> Others(string department, string header) => Others(Document(department, header));

    /// <summary>The document's department, the one name FA3014 reports in <paramref name="text"/> and that finding's line; fails unless FA3014 reports exactly one.</summary>
    public static (string? Department, string Other, int? Line) TheOneOther(string text)
    {
        var finding = Assert.Single(Findings(text, "FA3014"));
        return (FromText(text).Department, (string)finding.Actual!, finding.Location.Line);
    }

    /// <summary>Asserts that each of <paramref name="texts"/> is read as <paramref name="department"/>'s document and FA3014 reports nothing in it.</summary>
    public static void AssertSilent(string department, IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            Assert.Equal(department, FromText(text).Department);
            Assert.Empty(Others(text));
        }
    }

    /// <summary>Asserts that FA3014 reports <paramref name="other"/> once in each of <paramref name="texts"/>, on the line printing <paramref name="printed"/>.</summary>
    public static void AssertOneOther(string department, string other, string printed, IEnumerable<string> texts)
    {
        foreach (var text in texts) Assert.Equal((department, other, LineOf(text, printed)), TheOneOther(text));
    }

    /// <summary>The number of the first line of <paramref name="text"/> holding <paramref name="fragment"/> (a finding's place).</summary>
    public static int LineOf(string text, string fragment) => text.Split('\n').ToList().FindIndex(l => l.Contains(fragment, StringComparison.Ordinal)) + 1;
}

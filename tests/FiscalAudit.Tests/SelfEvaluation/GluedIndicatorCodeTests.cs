using System.Text.RegularExpressions;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Coded indicator tables whose codes a converted PDF prints glued to the names (“A11立项依据充分性” in the code column beside a blank
/// name, or in the name column beside a blank code; “B2 1资金到位率” spaced inside the code) or in other shapes (“A-1-1”, “A1.1”):
/// read as the table with its codes in a column of their own — the same project and the same findings.
/// </summary>
public sealed partial class GluedIndicatorCodeTests
{
    [GeneratedRegex(@"(?m)^\| (?<code>[A-D](?:\d(?:-\d)?\d?)?) \| (?<name>[^|]*?) \|")]
    private static partial Regex CodeAndName();

    [GeneratedRegex(@"(?m)^\| (?<code>[A-D](?:\d(?:-\d)?\d?)?) \| (?<blank>[^|]*?\| ){0,2}(?<name>[^|\s][^|]*?) \|")]
    private static partial Regex CodeAndLevelName();

    public static TheoryData<string, string> Styles()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { WasteSorting, WasteSortingPlanted })
            foreach (var style in new[] { "in-code", "in-name", "spaced", "dashed", "dotted" }) data.Add(name, style);
        foreach (var style in new[] { "in-code", "in-name", "dashed" }) data.Add(Sewage, style);
        return data;
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Codes_glued_to_names_or_printed_in_other_shapes_are_read_as_codes(string name, string style)
    {
        var whole = Audit(name);
        var printed = Audit(name, Printed(Text(name), style, name == Sewage));
        Assert.Equal(Shape(Project(whole)), Shape(Project(printed)));
        Assert.Equal(Found(whole), Found(printed));
        Assert.Equal(name == WasteSortingPlanted ? ["FA4001", "FA4002", "FA4007", "FA4018"] : [], Found(printed).Select(f => f.Split(' ')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_that_starts_with_letters_is_no_glued_code()
    {
        var text = Text(WasteSorting).Replace("| C31 | 设施按期投运率 |", "| C31 | A级设施按期投运率 |", StringComparison.Ordinal);
        var project = Project(Audit(WasteSorting, text));
        Assert.Contains(project.Indicators, i => i.Name == "A级设施按期投运率" && i.Level2 == "产出时效");
        Assert.Empty(EvaluationFindings(Audit(WasteSorting, text)));
    }

    [Fact]
    public void A_coded_row_whose_name_is_blank_is_read_under_its_code()
    {
        var text = Text(WasteSorting).Replace("| C31 | 设施按期投运率 |", "| C31 |  |", StringComparison.Ordinal);
        var project = Project(Audit(WasteSorting, text));
        Assert.Contains(project.Indicators, i => i.Name == "C31" && i.Level2 == "产出时效");
        Assert.Empty(EvaluationFindings(Audit(WasteSorting, text)));
    }

    /// <summary>
    /// The table's codes printed in <paramref name="style"/>: glued before the name in the code column (its name cell blank) or in the
    /// name column (its code cell blank), spaced inside (“B2 1”), with dashes (“A-1”, “A-1-1”) or a dot (“A1.1”).
    /// </summary>
    private static string Printed(string text, string style, bool levelColumns) => style switch
    {
        "in-code" or "in-name" => (levelColumns ? CodeAndLevelName() : CodeAndName()).Replace(text, m =>
        {
            var cells = m.Value.Trim('|', ' ').Split('|').Select(c => c.Trim()).ToList();
            var glued = m.Groups["code"].Value + m.Groups["name"].Value;
            var named = cells.FindLastIndex(c => c == m.Groups["name"].Value);
            cells = cells.Select((c, k) => k == 0 ? (style == "in-code" ? glued : string.Empty) : k == named ? (style == "in-name" ? glued : string.Empty) : c).ToList();
            return "| " + string.Join(" | ", cells) + " |";
        }),
        _ => Regex.Replace(text, @"(?m)^\| (?<l>[A-D])(?<d>\d)(?:-?(?<e>\d))? \|", m => "| " + Shaped(m.Groups["l"].Value, m.Groups["d"].Value, m.Groups["e"].Value, style) + " |"),
    };

    private static string Shaped(string letter, string second, string third, string style) => (style, third.Length > 0) switch
    {
        ("spaced", true) => $"{letter}{second} {third}",
        ("dashed", true) => $"{letter}-{second}-{third}",
        ("dashed", false) => $"{letter}-{second}",
        ("dotted", true) => $"{letter}{second}.{third}",
        _ => letter + second,
    };

    private static List<string> Found(FiscalAudit.Engine.AuditResult r) =>
        EvaluationFindings(r).Select(f => $"{f.RuleId} {f.Location.Row} {f.Location.Column} {f.Expected} {f.Actual}").Order(StringComparer.Ordinal).ToList();
}

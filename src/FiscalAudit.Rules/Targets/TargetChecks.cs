using FiscalAudit.Core.Model;
using FiscalAudit.Core.Text;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Targets;

/// <summary>What the 项目支出绩效目标表 rules know (project-targets.json, embedded) and the names they compare.</summary>
internal sealed class TargetChecks
{
    public static TargetChecks Default { get; } = EmbeddedJson.Load<TargetChecks>("project-targets.json", new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    public List<string> Level1 { get; init; } = new();

    public List<string> Quantified { get; init; } = new();

    /// <summary>The 一级指标 a form of <paramref name="disclosure"/> must have: its template's, else these defaults.</summary>
    public IReadOnlyList<string> Level1Of(Disclosure disclosure) => disclosure.Template?.ProjectTargets?.Level1 is { Count: > 0 } named ? named : Level1;

    /// <summary>A project or indicator name for comparison: no white space, ASCII parentheses.</summary>
    public static string Key(string name) =>
        Spaceless.Of(name).Replace('（', '(').Replace('）', ')');

    /// <summary>True when two printed project names name the same project.</summary>
    public static bool SameProject(string a, string b) => Key(a) == Key(b);
}

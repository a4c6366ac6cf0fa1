using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Targets;

/// <summary>The words a 项目支出绩效目标表 is found and read by (project-target-form.json, embedded).</summary>
internal sealed class ProjectTargetVocabulary
{
    public static ProjectTargetVocabulary Default { get; } =
        EmbeddedJson.Load<ProjectTargetVocabulary>(typeof(ProjectTargetVocabulary).Assembly, "project-target-form.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    public List<string> Titles { get; init; } = new();

    public List<string> NotTitles { get; init; } = new();

    public List<string> Referrals { get; init; } = new();

    public List<string> Project { get; init; } = new();

    public List<string> Supervisor { get; init; } = new();

    public List<string> Implementer { get; init; } = new();

    public List<string> Total { get; init; } = new();

    public List<string> Fiscal { get; init; } = new();

    public List<string> Other { get; init; } = new();

    public List<string> Goal { get; init; } = new();

    public HeaderWords Header { get; init; } = new();

    public List<string> Level1 { get; init; } = new();

    public List<string> Level2 { get; init; } = new();

    public StatementWords Statement { get; init; } = new();

    /// <summary>Every label of the form's head rows (a value cell is never one of them).</summary>
    public IEnumerable<string> Labels => Project.Concat(Supervisor).Concat(Implementer).Concat(Total).Concat(Fiscal).Concat(Other).Concat(Goal);

    /// <summary>True for a form's title (a compact key), not for a reference to forms published elsewhere.</summary>
    public bool IsTitle(string key) =>
        key.Length <= 30 && Titles.Any(t => key.Contains(t, StringComparison.Ordinal)) && !NotTitles.Any(n => key.Contains(n, StringComparison.Ordinal));

    public sealed class HeaderWords
    {
        public string Level1 { get; init; } = string.Empty;

        public string Level2 { get; init; } = string.Empty;

        public string Level3 { get; init; } = string.Empty;

        public string Value { get; init; } = string.Empty;
    }

    public sealed class StatementWords
    {
        public string Opening { get; init; } = string.Empty;

        public string Count { get; init; } = string.Empty;

        public string Total { get; init; } = string.Empty;

        public string List { get; init; } = string.Empty;
    }
}

using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Targets;

/// <summary>The words a 项目支出绩效目标表 and a 部门整体支出绩效目标表 are found and read by (project-target-form.json, embedded).</summary>
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

    public StatementWords Statement { get; init; } = new();

    public DepartmentWords Department { get; init; } = new();

    /// <summary>The titles of both kinds of form: where one form ends and the next begins.</summary>
    public IReadOnlyList<string> AllTitles => Titles.Concat(Department.Titles).ToList();

    /// <summary>Every label of the form's head rows (a value cell is never one of them).</summary>
    public IEnumerable<string> Labels => Project.Concat(Supervisor).Concat(Implementer).Concat(Total).Concat(Fiscal).Concat(Other).Concat(Goal).Concat(Department.Name);

    /// <summary>True for a form's title (a compact key), not for a reference to forms published elsewhere.</summary>
    public bool IsTitle(string key) => IsTitle(key, Titles);

    /// <summary>True for a department-wide form's title (a compact key).</summary>
    public bool IsDepartmentTitle(string key) => IsTitle(key, Department.Titles);

    private bool IsTitle(string key, List<string> titles) =>
        key.Length <= 30 && titles.Any(t => key.Contains(t, StringComparison.Ordinal)) && !NotTitles.Any(n => key.Contains(n, StringComparison.Ordinal));

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

    public sealed class DepartmentWords
    {
        public List<string> Titles { get; init; } = new();

        public List<string> Name { get; init; } = new();

        public TaskWords Tasks { get; init; } = new();
    }

    public sealed class TaskWords
    {
        public string Name { get; init; } = string.Empty;

        public string Content { get; init; } = string.Empty;

        public string Amount { get; init; } = string.Empty;

        public string Total { get; init; } = string.Empty;
    }
}

namespace FiscalAudit.Core.Model;

/// <summary>
/// The template a document was read with (“上海市2025年部门预算公开模板（九张表）”), as chosen once per
/// document from its kind, region and year: the tables it prints, so that rules can tell which of them the
/// document lacks; its <see cref="Lineage"/> (its id, then the ids of the templates it is based on), so that
/// a template's own formulas check only documents read with it; and why it was chosen, in Chinese.
/// </summary>
public sealed record PrintedTemplate(string Id, string Name, IReadOnlyList<ExpectedTable> Tables)
{
    /// <summary>The region the template is for (“上海市”); null for a national template.</summary>
    public string? Region { get; init; }

    /// <summary>The years the template is for; empty for every year.</summary>
    public IReadOnlyList<int> Years { get; init; } = Array.Empty<int>();

    /// <summary>The template's id followed by the ids of the templates it is based on, nearest first.</summary>
    public IReadOnlyList<string> Lineage { get; init; } = Array.Empty<string>();

    /// <summary>What the template asks of 项目支出绩效目标表; null when it says nothing (forms are then checked when published).</summary>
    public Templates.ProjectTargetPolicy? ProjectTargets { get; init; }

    /// <summary>Why this template was chosen (“地区“上海市”、年度2025年与模板相符”).</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>True when the document was read with <paramref name="templateId"/> or a template based on it.</summary>
    public bool Uses(string templateId) => Id == templateId || Lineage.Contains(templateId);
}

/// <summary>A table a template prints: its id (B01…), how messages number it (“表八”) and its title for the document's level.</summary>
public sealed record ExpectedTable(string Id, string Ordinal, string Title)
{
    /// <summary>Its number in the template's 目录 (江苏 2018 prints B12 fifth); 0 when the template gives none.</summary>
    public int Position { get; init; }
}

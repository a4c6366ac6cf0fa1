using System.Text.Json.Serialization;

namespace FiscalAudit.Rules.Templates;

/// <summary>
/// One rule of a template written as formulas: its id, title, severity (error / warning / info), category
/// (表内平衡 or 表间一致), summary, and the formulas it checks (docs/formulas.md).
/// </summary>
public sealed record TemplateIdentity(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("formulas")] IReadOnlyList<TemplateFormula> Formulas);

/// <summary>
/// A formula as written, with how a message names its right-hand side when that is long (“各项收入之和”)
/// and a note appended to the message of a same-quantity comparison (“收支总计应平衡”).
/// </summary>
public sealed record TemplateFormula(
    [property: JsonPropertyName("formula")] string Text,
    [property: JsonPropertyName("parts")] string? PartsLabel = null,
    [property: JsonPropertyName("note")] string? Note = null);

namespace FiscalAudit.Core.Model;

/// <summary>
/// The template a budget document was read with (“上海市2025年部门预算公开模板（九张表）”) and the tables it
/// prints, so that rules can tell which of them the document lacks.
/// </summary>
public sealed record PrintedTemplate(string Id, string Name, IReadOnlyList<ExpectedTable> Tables);

/// <summary>A table a template prints: its id (B01…), how messages number it (“表八”) and its title for the document's level.</summary>
public sealed record ExpectedTable(string Id, string Ordinal, string Title);

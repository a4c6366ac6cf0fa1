using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Targets;

/// <summary>
/// A document made of 绩效目标表 only — a 部门整体支出绩效目标表 or the 项目支出绩效目标表 published as a file of their own: it has
/// forms, and neither a table nor a statement of figures or of targets in running text. Such a file is an attachment of the
/// budget, not a budget missing its tables (FA6201) nor one whose text was checked (FA0004).
/// </summary>
public static class FormsOnly
{
    public static bool Is(Disclosure disclosure) =>
        disclosure.ProjectTargets.AllForms.Any() && disclosure.Tables.Count == 0
        && disclosure.Narrative.Facts.Count == 0 && disclosure.ProjectTargets.Statement is null;
}

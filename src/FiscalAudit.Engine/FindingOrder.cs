using FiscalAudit.Core.Findings;

namespace FiscalAudit.Engine;

/// <summary>
/// Deterministic order: by page, line, rule id, row and column; findings equal in these keep the order the rule reported them
/// in (the sort is stable), which is their order in the text — two clauses of one paragraph read as one line (a web page, a
/// spreadsheet cell) are listed as the text has them, as when the paragraph spans several lines.
/// </summary>
public sealed class FindingOrder : IComparer<Finding>
{
    public static readonly FindingOrder Instance = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = (x.Location.Page ?? 0).CompareTo(y.Location.Page ?? 0);
        if (c == 0) c = (x.Location.Line ?? 0).CompareTo(y.Location.Line ?? 0);
        if (c == 0) c = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (c == 0) c = string.CompareOrdinal(x.Location.Row, y.Location.Row);
        return c != 0 ? c : string.CompareOrdinal(x.Location.Column, y.Location.Column);
    }
}

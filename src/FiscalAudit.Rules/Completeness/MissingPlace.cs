using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Completeness;

/// <summary>Where a missing table should have been: just before the next table present (by id), else after the last one.</summary>
internal static class MissingPlace
{
    public static (FindingLocation Place, string Description) Of(Disclosure disclosure, string id)
    {
        var next = disclosure.Tables.FirstOrDefault(t => string.CompareOrdinal(t.Id, id) > 0);
        if (next is not null) return (FindingLocation.At(next.Location), $"{next.Label}之前");
        var last = disclosure.Tables[^1];
        return (FindingLocation.At(last.Location), $"{last.Label}之后");
    }
}

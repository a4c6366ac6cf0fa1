using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>One unit's documents of one kind in a year: received, checked, with errors; missing when expected and none received.</summary>
public sealed record CoverageCell(string Kind, bool Expected, int Received, int Checked, int WithErrors, int Errors)
{
    public bool Missing => Expected && Received == 0;

    /// <summary>缺 / 未要求 / 待审核 / 有错误 / 已审核.</summary>
    public string State => Received == 0 ? (Expected ? "缺" : "未要求")
        : Checked < Received ? "待审核"
        : WithErrors > 0 ? "有错误" : "已审核";
}

/// <summary>One row of the ledger: a unit of the tree and its cells in the order of the vocabulary's coverage kinds.</summary>
public sealed record CoverageRow(string Code, string Name, int Depth, IReadOnlyList<CoverageCell> Cells)
{
    public bool Missing => Cells.Any(c => c.Missing);
}

public sealed record CoverageView(int Year, IReadOnlyList<int> Years, IReadOnlyList<string> Kinds, IReadOnlyList<CoverageRow> Rows)
{
    public int MissingCount => Rows.Sum(r => r.Cells.Count(c => c.Missing));
}

/// <summary>
/// The coverage ledger of a year: for every unit of the tree, the documents attributed to it whose
/// printed year is that year, by kind (预算, 决算, 绩效自评 — OrgVocabulary.json says which are expected).
/// </summary>
public sealed class CoverageLedger(AuditDbContext db, OrgTree tree, TimeProvider clock)
{
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellation) =>
        await db.Documents.Where(d => d.OrgUnitId != null && d.Year != null).Select(d => d.Year!.Value).Distinct().OrderByDescending(y => y).ToListAsync(cancellation);

    public async Task<CoverageView> BuildAsync(int? year, CancellationToken cancellation)
    {
        var years = await YearsAsync(cancellation);
        var chosen = year ?? (years.Count > 0 ? years[0] : clock.GetUtcNow().Year - 1);
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.OrgUnitId != null && d.Year == chosen && d.Status != DocumentStatus.Rejected)
            .Select(d => new { Unit = d.OrgUnitId!.Value, d.Kind, d.Status, d.Errors })
            .ToListAsync(cancellation);
        var byUnit = documents.ToLookup(d => d.Unit);
        var kinds = OrgVocabulary.Shared.Coverage;
        var rows = (await tree.ListAsync(cancellation)).Select(node => new CoverageRow(node.Code, node.Name, node.Depth, kinds.Select(kind =>
        {
            var own = byUnit[node.Id].Where(d => d.Kind is not null && kind.Kinds.Contains(d.Kind)).ToList();
            var done = own.Where(d => d.Status is DocumentStatus.Done or DocumentStatus.Failed).ToList();
            return new CoverageCell(kind.Name, kind.Expected, own.Count, done.Count, done.Count(d => d.Errors > 0), done.Sum(d => d.Errors));
        }).ToList())).ToList();
        return new CoverageView(chosen, years, kinds.Select(k => k.Name).ToList(), rows);
    }
}

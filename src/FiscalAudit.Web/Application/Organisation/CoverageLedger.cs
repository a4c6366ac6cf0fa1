using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>
/// One unit's documents of one kind in a year (a document corrected in versions counts once, as its latest
/// version): received, checked, with errors, reviewed (已通过), received after the due date; missing when
/// expected and none received, overdue when also past the due date.
/// </summary>
public sealed record CoverageCell(string Kind, bool Expected, int Received, int Checked, int WithErrors, int Errors, int Reviewed, int Late, bool Overdue)
{
    public bool Missing => Expected && Received == 0;

    /// <summary>缺 / 逾期未报 / 未要求 / 检查中 / 已审核 / 有错误 / 已检查.</summary>
    public string State => Received == 0 ? (Expected ? (Overdue ? "逾期未报" : "缺") : "未要求")
        : Checked < Received ? "检查中"
        : Reviewed == Received ? "已审核"
        : WithErrors > 0 ? "有错误" : "已检查";
}

/// <summary>One row of the ledger: a unit of the tree and its cells in the order of the vocabulary's coverage kinds.</summary>
public sealed record CoverageRow(string Code, string Name, int Depth, IReadOnlyList<CoverageCell> Cells)
{
    public bool Missing => Cells.Any(c => c.Missing);
}

/// <summary>A coverage kind of the ledger and its due date in the year (null when none is set).</summary>
public sealed record CoverageDue(string Name, DateOnly? Due);

public sealed record CoverageView(int Year, IReadOnlyList<int> Years, IReadOnlyList<string> Kinds, IReadOnlyList<CoverageDue> Due, IReadOnlyList<CoverageRow> Rows)
{
    public int MissingCount => Rows.Sum(r => r.Cells.Count(c => c.Missing));

    public int LateCount => Rows.Sum(r => r.Cells.Count(c => c.Overdue || c.Late > 0));
}

/// <summary>
/// The coverage ledger of a year: for every unit of the tree, the documents attributed to it whose
/// printed year is that year, by kind (预算, 决算, 绩效自评 — OrgVocabulary.json says which are expected),
/// judged against the year's due dates (a document is received when its first version was uploaded).
/// </summary>
public sealed class CoverageLedger(AuditDbContext db, OrgTree tree, DueDates dueDates, TimeProvider clock)
{
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellation) =>
        await db.Documents.Where(d => d.OrgUnitId != null && d.Year != null).Select(d => d.Year!.Value).Distinct().OrderByDescending(y => y).ToListAsync(cancellation);

    public async Task<CoverageView> BuildAsync(int? year, CancellationToken cancellation)
    {
        var years = await YearsAsync(cancellation);
        var chosen = year ?? (years.Count > 0 ? years[0] : clock.GetUtcNow().Year - 1);
        var documents = await (
                from d in db.Documents.AsNoTracking()
                where d.OrgUnitId != null && d.Year == chosen && d.Status != DocumentStatus.Rejected
                      && !db.Documents.Any(v => v.VersionOf == (d.VersionOf ?? d.Id) && v.Version > d.Version)
                let thread = d.VersionOf ?? d.Id
                select new
                {
                    Unit = d.OrgUnitId!.Value, d.Kind, d.Status, d.Errors, d.ReviewState,
                    Received = db.Documents.Where(r => r.Id == thread).Join(db.Batches, r => r.BatchId, b => b.Id, (r, b) => b.CreatedAt).First(),
                })
            .ToListAsync(cancellation);
        var byUnit = documents.ToLookup(d => d.Unit);
        var due = await dueDates.OfYearAsync(chosen, cancellation);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var kinds = OrgVocabulary.Shared.Coverage;
        var rows = (await tree.ListAsync(cancellation)).Select(node => new CoverageRow(node.Code, node.Name, node.Depth, kinds.Select(kind =>
        {
            var own = byUnit[node.Id].Where(d => d.Kind is not null && kind.Kinds.Contains(d.Kind)).ToList();
            var done = own.Where(d => d.Status is DocumentStatus.Done or DocumentStatus.Failed).ToList();
            var deadline = due.TryGetValue(kind.Name, out var date) ? date : (DateOnly?)null;
            var late = deadline is { } last ? own.Count(d => DateOnly.FromDateTime(Local(d.Received)) > last) : 0;
            return new CoverageCell(kind.Name, kind.Expected, own.Count, done.Count, done.Count(d => d.Errors > 0), done.Sum(d => d.Errors),
                own.Count(d => d.ReviewState == ReviewState.Approved), late, kind.Expected && own.Count == 0 && deadline < today);
        }).ToList())).ToList();
        return new CoverageView(chosen, years, kinds.Select(k => k.Name).ToList(),
            kinds.Select(k => new CoverageDue(k.Name, due.TryGetValue(k.Name, out var d) ? d : null)).ToList(), rows);
    }

    private DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.LocalTimeZone);
}

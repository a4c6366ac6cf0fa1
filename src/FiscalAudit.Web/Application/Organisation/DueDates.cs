using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application.Organisation;

/// <summary>The due date (报送截止日期) of each coverage kind in a year, set by a reviewer; documents received later are 逾期.</summary>
public sealed class DueDates(AuditDbContext db)
{
    /// <summary>The year's due dates by coverage kind name (预算, 决算, 绩效自评); kinds without one are absent.</summary>
    public async Task<IReadOnlyDictionary<string, DateOnly>> OfYearAsync(int year, CancellationToken cancellation) =>
        await db.DueDates.AsNoTracking().Where(d => d.Year == year).ToDictionaryAsync(d => d.Kind, d => d.Date, cancellation);

    /// <summary>Sets (or with null clears) a kind's due date; a Chinese reason when the kind or year is not one of the ledger's.</summary>
    public async Task<string?> SetAsync(int year, string? kind, DateOnly? date, CancellationToken cancellation)
    {
        var kinds = OrgVocabulary.Shared.Coverage.Select(k => k.Name).ToList();
        if (kind is null || !kinds.Contains(kind)) return $"kind 应为 {string.Join("、", kinds)} 之一。";
        if (year is < 1990 or > 2200) return "year 应为四位年度，如 2024。";
        var existing = await db.DueDates.SingleOrDefaultAsync(d => d.Year == year && d.Kind == kind, cancellation);
        if (date is null)
        {
            if (existing is not null) db.DueDates.Remove(existing);
        }
        else if (existing is null) db.DueDates.Add(new DueDate { Year = year, Kind = kind, Date = date.Value });
        else existing.Date = date.Value;
        await db.SaveChangesAsync(cancellation);
        return null;
    }
}

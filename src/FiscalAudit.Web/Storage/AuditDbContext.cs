using FiscalAudit.Web.Storage.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Storage;

/// <summary>
/// The application's tables. One model and one set of migrations serve SQLite and PostgreSQL: no
/// column names a provider-specific type, each provider maps the CLR types itself. The accounts are
/// ASP.NET Core Identity's tables; the data-protection keys (which sign login cookies and API tokens)
/// are kept here too, so every web process of one database accepts the same logins, across restarts.
/// </summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : IdentityDbContext<Account>(options), IDataProtectionKeyContext
{
    public DbSet<Batch> Batches => Set<Batch>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<CheckResult> CheckResults => Set<CheckResult>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<FindingDecision> FindingDecisions => Set<FindingDecision>();

    public DbSet<ReviewEvent> ReviewEvents => Set<ReviewEvent>();

    public DbSet<DueDate> DueDates => Set<DueDate>();

    public DbSet<PreviousYearCheck> PreviousYearChecks => Set<PreviousYearCheck>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.Entity<Batch>(b =>
        {
            b.Property(x => x.Label).HasMaxLength(200);
            b.HasIndex(x => x.OrgUnitId);
            b.HasMany(x => x.Documents).WithOne().HasForeignKey(d => d.BatchId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Document>(d =>
        {
            d.Property(x => x.File).HasMaxLength(1000);
            d.Property(x => x.Hash).HasMaxLength(64);
            d.Property(x => x.Status).HasMaxLength(16).HasConversion(s => StatusNames.ToName(s), s => StatusNames.Parse(s));
            d.Property(x => x.Kind).HasMaxLength(32);
            d.Property(x => x.Level).HasMaxLength(16);
            d.Property(x => x.Department).HasMaxLength(200);
            d.Property(x => x.SetPart).HasMaxLength(16);
            d.Property(x => x.CheckJobId).HasMaxLength(64);
            d.Property(x => x.Attribution).HasMaxLength(16);
            d.Property(x => x.AttributionReason).HasMaxLength(500);
            d.HasIndex(x => x.OrgUnitId);
            d.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.SetNull);
            d.HasIndex(x => new { x.BatchId, x.Position });
            d.HasIndex(x => x.Hash);
            d.Property(x => x.ReviewState).HasMaxLength(16).HasConversion(s => ReviewStateNames.ToName(s), s => ReviewStateNames.Parse(s));
            // One number per version of a line: two corrections uploaded at once cannot both become 第 2 版.
            d.HasIndex(x => new { x.VersionOf, x.Version }).IsUnique();
            d.HasOne<Document>().WithMany().HasForeignKey(x => x.VersionOf).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<FindingDecision>(f =>
        {
            f.Property(x => x.FindingId).HasMaxLength(64);
            f.Property(x => x.Status).HasMaxLength(16);
            f.Property(x => x.Reason).HasMaxLength(2000);
            f.Property(x => x.By).HasMaxLength(256);
            f.HasIndex(x => new { x.ThreadId, x.FindingId }).IsUnique();
            f.HasOne<Document>().WithMany().HasForeignKey(x => x.ThreadId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ReviewEvent>(e =>
        {
            e.Property(x => x.By).HasMaxLength(256);
            e.Property(x => x.Action).HasMaxLength(32);
            e.Property(x => x.FindingId).HasMaxLength(64);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.HasIndex(x => x.ThreadId);
            e.HasOne<Document>().WithMany().HasForeignKey(x => x.ThreadId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<DueDate>(d =>
        {
            d.Property(x => x.Kind).HasMaxLength(32);
            d.HasIndex(x => new { x.Year, x.Kind }).IsUnique();
        });
        model.Entity<StoredFile>(f =>
        {
            f.HasKey(x => x.Hash);
            f.Property(x => x.Hash).HasMaxLength(64);
            f.Property(x => x.Name).HasMaxLength(1000);
        });
        model.Entity<CheckResult>(r =>
        {
            r.Property(x => x.Hash).HasMaxLength(64);
            r.Property(x => x.EngineVersion).HasMaxLength(64);
            r.Property(x => x.Kind).HasMaxLength(32);
            r.Property(x => x.Level).HasMaxLength(16);
            r.Property(x => x.Department).HasMaxLength(200);
            r.Property(x => x.SetPart).HasMaxLength(16);
            r.HasIndex(x => new { x.Hash, x.EngineVersion }).IsUnique();
        });
        model.Entity<OrgUnit>(u =>
        {
            u.Property(x => x.Code).HasMaxLength(64);
            u.Property(x => x.Name).HasMaxLength(200);
            u.Property(x => x.Aliases).HasMaxLength(2000);
            u.HasIndex(x => x.Code).IsUnique();
            u.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<PreviousYearCheck>(p =>
        {
            p.Property(x => x.Hash).HasMaxLength(64);
            p.Property(x => x.PreviousHash).HasMaxLength(64);
            p.Property(x => x.BudgetHash).HasMaxLength(64);
            p.Property(x => x.SetHash).HasMaxLength(64);
            p.Property(x => x.EngineVersion).HasMaxLength(64);
            p.HasIndex(x => x.DocumentId).IsUnique();
            p.HasIndex(x => x.PreviousDocumentId);
            p.HasIndex(x => x.BudgetDocumentId);
            p.HasIndex(x => x.SetDocumentId);
            p.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            p.HasOne<Document>().WithMany().HasForeignKey(x => x.PreviousDocumentId).OnDelete(DeleteBehavior.Cascade);
            p.HasOne<Document>().WithMany().HasForeignKey(x => x.BudgetDocumentId).OnDelete(DeleteBehavior.Cascade);
            p.HasOne<Document>().WithMany().HasForeignKey(x => x.SetDocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Account>(a => a.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict));
        model.Entity<AccessToken>(t =>
        {
            t.Property(x => x.Id).HasMaxLength(32);
            t.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

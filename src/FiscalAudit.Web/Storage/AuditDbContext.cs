using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Storage;

/// <summary>
/// The application's tables. One model and one set of migrations serve SQLite and PostgreSQL: no
/// column names a provider-specific type, each provider maps the CLR types itself.
/// </summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public DbSet<Batch> Batches => Set<Batch>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<CheckResult> CheckResults => Set<CheckResult>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Batch>(b =>
        {
            b.Property(x => x.Label).HasMaxLength(200);
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
            d.Property(x => x.CheckJobId).HasMaxLength(64);
            d.HasIndex(x => new { x.BatchId, x.Position });
            d.HasIndex(x => x.Hash);
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
            r.HasIndex(x => new { x.Hash, x.EngineVersion }).IsUnique();
        });
    }
}

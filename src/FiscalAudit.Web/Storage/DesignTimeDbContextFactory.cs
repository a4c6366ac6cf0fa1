using FiscalAudit.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FiscalAudit.Web.Storage;

/// <summary>
/// For `dotnet ef migrations add`: builds the context on SQLite in a temporary folder. The migrations
/// it writes must then be kept provider-neutral (no column types), see Migrations/README.md.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AuditDbContext>();
        DatabaseSetup.Configure(options, new WebSettings { DataFolder = Path.GetTempPath() });
        return new AuditDbContext(options.Options);
    }
}

using FiscalAudit.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace FiscalAudit.Web.Application;

/// <summary>The name stored bytes are audited under: that of their first upload (its extension chooses the reader).</summary>
public static class AuditedName
{
    public static Task<string> OfAsync(AuditDbContext db, string hash, CancellationToken cancellation) =>
        db.StoredFiles.Where(f => f.Hash == hash).Select(f => f.Name).SingleAsync(cancellation);
}

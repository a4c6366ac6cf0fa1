using FiscalAudit.Web.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>Waits for the worker to check a document with its previous-year document (done after the document is marked checked).</summary>
public static class PreviousYearWaits
{
    /// <summary>The id of the previous-year document <paramref name="documentId"/> was paired with (fails after <paramref name="seconds"/>).</summary>
    public static async Task<long> PairedAsync(IServiceProvider services, long documentId, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
                var paired = await db.PreviousYearChecks.AsNoTracking().Where(p => p.DocumentId == documentId).Select(p => (long?)p.PreviousDocumentId).SingleOrDefaultAsync();
                if (paired is long id) return id;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"document {documentId} not paired with a previous-year document after {seconds} s");
            await Task.Delay(200);
        }
    }
}

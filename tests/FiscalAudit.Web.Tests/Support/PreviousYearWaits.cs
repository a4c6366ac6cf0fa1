using System.Linq.Expressions;
using FiscalAudit.Web.Storage;
using FiscalAudit.Web.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalAudit.Web.Tests.Support;

/// <summary>Waits for the worker to check a document with its counterparts (done after the document is marked checked).</summary>
public static class PreviousYearWaits
{
    /// <summary>The id of the previous-year document <paramref name="documentId"/> was paired with (fails after <paramref name="seconds"/>).</summary>
    public static Task<long> PairedAsync(IServiceProvider services, long documentId, int seconds = 120) =>
        WaitAsync(services, documentId, p => p.PreviousDocumentId, "a previous-year document", seconds);

    /// <summary>The id of the same year's budget the 部门决算 <paramref name="documentId"/> was paired with (fails after <paramref name="seconds"/>).</summary>
    public static Task<long> BudgetPairedAsync(IServiceProvider services, long documentId, int seconds = 120) =>
        WaitAsync(services, documentId, p => p.BudgetDocumentId, "its same-year budget", seconds);

    /// <summary>The id of the other file of its set <paramref name="documentId"/> was checked with (fails after <paramref name="seconds"/>).</summary>
    public static Task<long> SetPairedAsync(IServiceProvider services, long documentId, int seconds = 120) =>
        WaitAsync(services, documentId, p => p.SetDocumentId, "the other file of its set", seconds);

    private static async Task<long> WaitAsync(IServiceProvider services, long documentId, Expression<Func<PreviousYearCheck, long?>> counterpart, string what, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
                var paired = await db.PreviousYearChecks.AsNoTracking().Where(p => p.DocumentId == documentId).Select(counterpart).SingleOrDefaultAsync();
                if (paired is long id) return id;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"document {documentId} not paired with {what} after {seconds} s");
            await Task.Delay(200);
        }
    }
}

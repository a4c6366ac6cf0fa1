using FiscalAudit.Engine;
using Microsoft.Extensions.Caching.Memory;

namespace FiscalAudit.Web.Application.PreviousYears;

/// <summary>
/// The engine's readings of the contents checked last, by content hash, so that pairing a document with its counterparts
/// (its set's other file, its previous year, its budget; <see cref="PreviousYearChecker"/>) does not read again a file
/// a worker has just read. Each caller gets a copy of its own (<see cref="Core.Model.Disclosure.Copy"/>): a pairing sets
/// the counterparts on its copy, never on the kept reading. Bounded by the size of the files read (the larger a file,
/// the larger its reading); a file larger than the whole bound is not kept.
/// </summary>
public sealed class RecentReadings : IDisposable
{
    /// <summary>Bytes of files whose readings are kept at most.</summary>
    public const long FileBytes = 64L * 1024 * 1024;

    private readonly MemoryCache readings = new(new MemoryCacheOptions { SizeLimit = FileBytes });

    /// <summary>Keeps the reading of <paramref name="hash"/> (a file of <paramref name="length"/> bytes) as it is now, before any pairing changes it.</summary>
    public void Keep(string hash, long length, AuditResult result)
    {
        if (result.Disclosure is null || length > FileBytes) return;
        readings.Set(hash, Detached(result), new MemoryCacheEntryOptions { Size = Math.Max(1, length), SlidingExpiration = TimeSpan.FromMinutes(10) });
    }

    /// <summary>A copy of the kept reading of <paramref name="hash"/>; null when none is kept.</summary>
    public AuditResult? Find(string hash) => readings.TryGetValue(hash, out AuditResult? kept) ? Detached(kept!) : null;

    private static AuditResult Detached(AuditResult result) => result with { Disclosure = result.Disclosure?.Copy() };

    public void Dispose() => readings.Dispose();
}

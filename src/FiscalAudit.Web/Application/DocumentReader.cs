using FiscalAudit.Reports.Parts;
using Microsoft.Extensions.Caching.Memory;

namespace FiscalAudit.Web.Application;

/// <summary>
/// Reads a stored document again through the engine — the web never parses fiscal content itself — and
/// keeps the last few readings in memory, by content hash, so that a reviewer moving between findings
/// and documents does not wait for the file to be read each time.
/// </summary>
public sealed class DocumentReader(LimitedAudit auditor) : IDisposable
{
    private const int KeptReadings = 16;

    private readonly MemoryCache readings = new(new MemoryCacheOptions { SizeLimit = KeptReadings });

    public DocumentReading Read(string hash, string name, byte[] content) =>
        readings.GetOrCreate(hash, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return ReadNow(name, content);
        })!;

    private DocumentReading ReadNow(string name, byte[] content)
    {
        var result = auditor.Audit(name, content);
        var parts = DisclosureParts.Of(result.Disclosure);
        var byFinding = new Dictionary<string, DisclosurePart>(StringComparer.Ordinal);
        foreach (var finding in result.Findings) byFinding.TryAdd(finding.Id, parts.PartOf(finding));
        var source = result.Disclosure?.Source;
        var lines = source is null || source.Format == "pdf"
            ? Array.Empty<SourceLine>()
            : source.Lines.Select(l => new SourceLine(l.Location.Page, l.Location.Line, l.Location.Cell, l.Text)).ToArray();
        return new DocumentReading(source?.Format ?? DocumentReading.Unreadable, parts.Parts, byFinding, lines);
    }

    public void Dispose() => readings.Dispose();
}

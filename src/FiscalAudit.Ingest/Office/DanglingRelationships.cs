using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using FiscalAudit.Ingest.Archives;

namespace FiscalAudit.Ingest.Office;

/// <summary>
/// An Office package whose relationships name parts the ZIP does not hold (a lost docProps/core.xml, styles or
/// theme — written so by some tools or damaged in copying) cannot be opened by the OpenXml SDK at all. Such
/// relationships are dropped so the rest can be read; the parts that were missing are named to the reader.
/// </summary>
internal static class DanglingRelationships
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The package without relationships to missing parts, and those parts; null when nothing is missing or it is no readable ZIP.</summary>
    public static (byte[] Content, IReadOnlyList<string> Missing)? Remove(byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var missing = new SortedSet<string>(StringComparer.Ordinal);
            var rewritten = new Dictionary<string, XDocument>(StringComparer.Ordinal);
            foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                var rels = Load(entry);
                var dangling = rels.Root?.Elements(Relationships + "Relationship")
                    .Where(r => (string?)r.Attribute("TargetMode") != "External" && Target(entry.FullName, (string?)r.Attribute("Target")) is { } target && !names.Contains(target))
                    .ToList() ?? [];
                if (dangling.Count == 0) continue;
                foreach (var r in dangling)
                {
                    missing.Add(Target(entry.FullName, (string?)r.Attribute("Target"))!);
                    r.Remove();
                }
                rewritten[entry.FullName] = rels;
            }
            return missing.Count == 0 ? null : (Copy(archive, rewritten), missing.ToList());
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    /// <summary>The entry name a relationship of the part owning <paramref name="relsEntry"/> points to.</summary>
    private static string? Target(string relsEntry, string? target)
    {
        if (string.IsNullOrEmpty(target)) return null;
        // "word/_rels/document.xml.rels" belongs to "word/document.xml"; "_rels/.rels" to the package root.
        var folder = relsEntry[..relsEntry.LastIndexOf("_rels/", StringComparison.OrdinalIgnoreCase)];
        return PackagePaths.Resolve(folder, Uri.UnescapeDataString(target.Split('#')[0]));
    }

    private static byte[] Copy(ZipArchive source, Dictionary<string, XDocument> rewritten)
    {
        using var output = new MemoryStream();
        using (var copy = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var target = copy.CreateEntry(entry.FullName).Open();
                if (rewritten.TryGetValue(entry.FullName, out var rels)) rels.Save(target);
                else
                {
                    using var stream = entry.Open();
                    stream.CopyTo(target);
                }
            }
        }
        return output.ToArray();
    }
}

using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest;

/// <summary>Reads one file format into a <see cref="SourceDocument"/>.</summary>
public interface IDocumentReader
{
    /// <summary>Short format name: "text", "html", "pdf", "docx", "xlsx".</summary>
    string Format { get; }

    /// <summary>True when this reader handles a file with this extension (lower case, with dot) and first bytes.</summary>
    bool CanRead(string extension, ReadOnlySpan<byte> head);

    /// <summary>
    /// Reads the file. Throws <see cref="DocumentReadException"/> with a Chinese reason when it cannot, and
    /// <see cref="OperationCanceledException"/> once <paramref name="cancellation"/> is cancelled (checked
    /// between pages, so a long file stops soon).
    /// </summary>
    SourceDocument Read(string path, byte[] content, CancellationToken cancellation = default);
}

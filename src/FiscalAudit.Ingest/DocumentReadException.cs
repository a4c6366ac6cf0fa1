namespace FiscalAudit.Ingest;

/// <summary>A file could not be read. <see cref="Exception.Message"/> is Chinese and names the file and the place.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

using FiscalAudit.Ingest.Archives;
using FiscalAudit.Web.Hosting;

namespace FiscalAudit.Web.Application.Content;

/// <summary>
/// Expands an uploaded .zip with the configured limits (<see cref="ZipExpander"/>, shared with the command line): each
/// entry becomes an uploaded file named “资料.zip/2023/决算.pdf”, refused with the reason when it cannot be expanded;
/// like a file uploaded alone, each is then judged by its content (<see cref="UploadScreen"/>).
/// </summary>
public sealed class ArchiveExpander(WebSettings settings)
{
    private readonly ZipExpander expander = new(settings.Archive, settings.MaxFileBytes);

    public IEnumerable<IncomingFile> Expand(string archiveName, byte[] content) =>
        expander.Expand(content).Select(e =>
        {
            var name = e.Path is null ? archiveName : UploadNames.InArchive(archiveName, e.Path);
            return e.Content is { } bytes ? IncomingFile.Accepted(name, bytes) : IncomingFile.Refused(name, e.Length, e.Refusal!);
        });
}

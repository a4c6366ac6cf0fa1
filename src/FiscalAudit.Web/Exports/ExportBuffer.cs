namespace FiscalAudit.Web.Exports;

/// <summary>
/// Where a report is written before it is sent: a temporary file (a batch of PDFs may not fit in
/// memory), named by the system and deleted when the response has been sent.
/// </summary>
public static class ExportBuffer
{
    public static FileStream Create() => new(
        Path.Combine(Path.GetTempPath(), "fiscalaudit-export-" + Path.GetRandomFileName()),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);

    /// <summary>The buffer rewound, ready to be sent.</summary>
    public static ExportFile Ready(string name, string mediaType, Stream content)
    {
        content.Position = 0;
        return new ExportFile(name, mediaType, content);
    }
}

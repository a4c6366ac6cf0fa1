namespace FiscalAudit.Reports.Office;

/// <summary>Writes an Open XML package to any stream: directly when it can be read and sought, through memory otherwise.</summary>
internal static class OfficeOutput
{
    public static void Write(Stream output, Action<Stream> write)
    {
        if (output.CanRead && output.CanSeek)
        {
            write(output);
            return;
        }
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}

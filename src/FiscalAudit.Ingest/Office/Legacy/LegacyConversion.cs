namespace FiscalAudit.Ingest.Office.Legacy;

/// <summary>
/// Converts a legacy Office file to the Office Open XML format of its kind with LibreOffice, in a folder
/// of its own (the file, the user profile and the result) that is removed afterwards. Every way it can
/// fail — LibreOffice missing, the conversion failing or running too long — is a
/// <see cref="DocumentReadException"/> naming the file.
/// </summary>
internal sealed class LegacyConversion(string? program, TimeSpan limit)
{
    public byte[] Convert(string name, byte[] content, LegacyFormat format, CancellationToken cancellation)
    {
        var saveAs = $"请用 WPS 或 Office 打开后另存为 .{format.ConvertTo} 或 .pdf 再审核。";
        if (program is null)
            throw new DocumentReadException($"文件“{name}”是{format.Name}（{format.Extension}），需要 LibreOffice 转换后才能读取，但本机没有安装 LibreOffice（未找到 soffice）。请安装 LibreOffice，或{saveAs}");
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-convert-").FullName;
        try
        {
            var source = Path.Combine(folder, "source" + format.Extension);
            File.WriteAllBytes(source, content);
            var output = Path.Combine(folder, "out");
            var run = Soffice.Convert(program, source, format.ConvertTo, output, Path.Combine(folder, "profile"), limit, cancellation);
            if (run.TimedOut)
                throw new DocumentReadException($"文件“{name}”转换超时：LibreOffice 在 {limit.TotalSeconds:0} 秒内没有把{format.Name}转换为 .{format.ConvertTo}。{saveAs}");
            var converted = Path.Combine(output, "source." + format.ConvertTo);
            if (!File.Exists(converted))
                throw new DocumentReadException($"文件“{name}”无法转换：LibreOffice 未能把{format.Name}转换为 .{format.ConvertTo}（文件可能已损坏或设有密码）。{saveAs}");
            return File.ReadAllBytes(converted);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

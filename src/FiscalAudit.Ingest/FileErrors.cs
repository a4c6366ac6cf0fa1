namespace FiscalAudit.Ingest;

/// <summary>What went wrong with a file, in Chinese: the system's own (English) message is never shown to a reviewer.</summary>
public static class FileErrors
{
    /// <summary>Why opening, reading or (<paramref name="writing"/>) writing a file failed; for an error that is not the file system's, its content could not be parsed.</summary>
    public static string Describe(Exception e, bool writing = false) => e switch
    {
        FileNotFoundException => "文件不存在",
        DirectoryNotFoundException => "路径不存在",
        UnauthorizedAccessException => writing ? "没有写入权限" : "没有读取权限",
        PathTooLongException => "路径过长",
        IOException when writing => "写入文件时出错（文件可能正被其他程序打开，或磁盘已满、存储设备有故障）",
        IOException => "读取文件时出错（文件可能正被其他程序占用，或存储设备有故障）",
        NotSupportedException or ArgumentException => "路径格式无效",
        _ => "内容无法解析",
    };
}

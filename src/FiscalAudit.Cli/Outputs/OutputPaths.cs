using FiscalAudit.Ingest;

namespace FiscalAudit.Cli.Outputs;

/// <summary>Checks output paths before anything is read, and creates output files with Chinese errors.</summary>
public static class OutputPaths
{
    /// <summary>A file to be written: its folder must exist and it must not be a folder.</summary>
    public static string CheckFile(string option, string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new UsageException($"{option} 应为文件，但“{path}”是一个文件夹。");
        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder)) throw new UsageException($"{option} 的文件夹“{folder}”不存在，请先创建。");
        if (File.Exists(full) && File.GetAttributes(full).HasFlag(FileAttributes.ReadOnly)) throw new UsageException($"{option} 的文件“{path}”是只读的，无法写入。");
        return full;
    }

    /// <summary>A folder to write into: created when missing; must not be a file.</summary>
    public static string CheckFolder(string option, string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full)) throw new UsageException($"{option} 应为文件夹，但“{path}”是一个文件。");
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"无法创建 {option} 的文件夹“{path}”：{FileErrors.Describe(e, writing: true)}");
        }
        return full;
    }

    public static FileStream Create(string path)
    {
        try
        {
            return File.Create(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"无法写入输出文件“{path}”：{FileErrors.Describe(e, writing: true)}");
        }
    }
}

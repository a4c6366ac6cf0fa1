using System.Text.Json;

namespace FiscalAudit.Core.Templates;

/// <summary>
/// Reads the template files of a folder (<c>*.json</c>, not recursive, in name order), each checked to have
/// an id, a name and a known document kind; two files with the same id are an error.
/// </summary>
public static class TemplateDirectory
{
    public static IReadOnlyList<TemplateFile> Read(string folder)
    {
        if (!Directory.Exists(folder)) throw new TemplateFileException($"模板文件夹“{folder}”不存在。");
        var files = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(ReadFile).ToList();
        var twice = files.GroupBy(f => f.Header.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new TemplateFileException($"模板编号“{twice.Key}”在 {string.Join("、", twice.Select(f => Path.GetFileName(f.Path)))} 中重复。");
        return files;
    }

    private static TemplateFile ReadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TemplateFileException($"无法读取模板文件 {path}：{e.Message}");
        }
        var header = new TemplateFile(path, json, new TemplateHeader(string.Empty, string.Empty)).Read<TemplateHeader>();
        if (string.IsNullOrWhiteSpace(header.Id)) throw new TemplateFileException($"模板文件 {path} 缺少编号（id）。");
        if (string.IsNullOrWhiteSpace(header.Name)) throw new TemplateFileException($"模板文件 {path} 缺少名称（name）。");
        if (header.DocumentKind is not (Model.DocumentKind.Budget or Model.DocumentKind.FinalAccounts))
            throw new TemplateFileException($"模板文件 {path} 的文件类型（kind）“{header.Kind}”无效，应为 budget 或 final-accounts。");
        return new TemplateFile(path, json, header);
    }
}

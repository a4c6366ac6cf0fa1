using System.Text.Json;

namespace FiscalAudit.Core.Templates;

/// <summary>
/// One template file given by a user (<c>--templates DIR</c>): its path, its text and its header. Each
/// layer reads its own part of the text (Extract the tables, Rules the identities).
/// </summary>
public sealed record TemplateFile(string Path, string Json, TemplateHeader Header)
{
    /// <summary>How a layer reads its part: every field a record requires must be present and not null.</summary>
    public static readonly JsonSerializerOptions Strict = new() { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true, PropertyNameCaseInsensitive = true };

    /// <summary>Reads the file's text as <typeparamref name="T"/>; a malformed file throws <see cref="TemplateFileException"/> naming it.</summary>
    public T Read<T>(JsonSerializerOptions? options = null) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(Json, options) ?? throw new TemplateFileException($"模板文件 {Path} 是空的。");
        }
        catch (JsonException e)
        {
            throw new TemplateFileException($"模板文件 {Path} 格式有误：{e.Message}");
        }
    }
}

/// <summary>A template file that cannot be used, with a message in Chinese naming the file and the fault.</summary>
public sealed class TemplateFileException(string message) : Exception(message);

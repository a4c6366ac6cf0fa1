using System.Text.Json.Serialization;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Rules.Classification;

/// <summary>
/// The year-keyed 政府收支分类科目 name list (Classification/classification-names.json): for each function
/// code (支出功能分类 类/款/项) and economic code (部门预算 3xx and 政府预算 5xx 支出经济分类 类/款), the official
/// names with the years each applies to and what supports them. Codes not listed are unknown, not wrong.
/// </summary>
public sealed class ClassificationNames
{
    private readonly Dictionary<string, ClassificationCode> byCode;

    private ClassificationNames(NamesFile file)
    {
        Sources = file.Sources;
        Function = file.Function;
        Economic = file.Economic;
        byCode = file.Function.Concat(file.Economic).ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>The national list.</summary>
    public static ClassificationNames National { get; } = new(EmbeddedJson.Load<NamesFile>("classification-names.json"));

    /// <summary>What the entries' <see cref="ClassificationName.Sources"/> ids stand for.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    public IReadOnlyList<ClassificationCode> Function { get; }

    public IReadOnlyList<ClassificationCode> Economic { get; }

    /// <summary>Every name <paramref name="code"/> has had, oldest first; empty when the code is not listed.</summary>
    public IReadOnlyList<ClassificationName> NamesOf(string code) =>
        byCode.TryGetValue(code, out var entry) ? entry.Names : Array.Empty<ClassificationName>();

    /// <summary>The name of <paramref name="code"/> in <paramref name="year"/>, or null when the list does not say.</summary>
    public ClassificationName? Official(string code, int year) => NamesOf(code).FirstOrDefault(n => n.AppliesTo(year));

    private sealed record NamesFile(
        [property: JsonPropertyName("sources")] IReadOnlyDictionary<string, string> Sources,
        [property: JsonPropertyName("function")] IReadOnlyList<ClassificationCode> Function,
        [property: JsonPropertyName("economic")] IReadOnlyList<ClassificationCode> Economic);
}

/// <summary>One code and its names over the years.</summary>
public sealed record ClassificationCode(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("names")] IReadOnlyList<ClassificationName> Names);

/// <summary>A name in force from <see cref="From"/> to <see cref="To"/> (null: still in force), with its sources.</summary>
public sealed record ClassificationName(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("from")] int From,
    [property: JsonPropertyName("to")] int? To,
    [property: JsonPropertyName("sources")] IReadOnlyList<string> Sources,
    [property: JsonPropertyName("note")] string? Note = null)
{
    public bool AppliesTo(int year) => year >= From && (To is null || year <= To);
}

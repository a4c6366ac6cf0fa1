using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FiscalAudit.Ingest.Office.Docx;

/// <summary>
/// Word's automatic numbering: the number Word prints before a paragraph whose w:numPr (direct or from its style) names a list
/// (“一、” “（一）” “1.” “①”), which is not in the paragraph's text. Counters run per abstract list in reading order, as Word
/// counts them: a list instance with a start override restarts its level, a paragraph resets the levels below its own.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, Instance> instances;
    private readonly Dictionary<string, Style> styles;
    private readonly Dictionary<int, int?[]> counters = new();
    private readonly HashSet<int> started = new();

    private DocxNumbering(Dictionary<int, Instance> instances, Dictionary<string, Style> styles)
    {
        this.instances = instances;
        this.styles = styles;
    }

    public static DocxNumbering From(NumberingDefinitionsPart? numbering, StyleDefinitionsPart? styleDefinitions)
    {
        var root = numbering?.Numbering;
        var abstracts = new Dictionary<int, AbstractNum>();
        foreach (var list in root?.Elements<AbstractNum>() ?? Enumerable.Empty<AbstractNum>())
        {
            if (list.AbstractNumberId?.Value is int id) abstracts.TryAdd(id, list);
        }
        var instances = new Dictionary<int, Instance>();
        foreach (var instance in root?.Elements<NumberingInstance>() ?? Enumerable.Empty<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not int id || instance.AbstractNumId?.Val?.Value is not int abstractId || !abstracts.TryGetValue(abstractId, out var list)) continue;
            var levels = new Level?[Levels];
            foreach (var level in list.Elements<Level>()) Put(levels, level);
            var restarts = new Dictionary<int, int>();
            foreach (var over in instance.Elements<LevelOverride>())
            {
                if (over.LevelIndex?.Value is not int index || index is < 0 or >= Levels) continue;
                if (over.Level is { } replaced) levels[index] = replaced;
                if (over.StartOverrideNumberingValue?.Val?.Value is int start) restarts[index] = start;
            }
            instances.TryAdd(id, new Instance(abstractId, levels, restarts));
        }
        var byId = new Dictionary<string, Style>(StringComparer.Ordinal);
        foreach (var style in styleDefinitions?.Styles?.Elements<Style>() ?? Enumerable.Empty<Style>())
        {
            if (style.StyleId?.Value is string id && style.Type?.Value == StyleValues.Paragraph) byId.TryAdd(id, style);
        }
        return new DocxNumbering(instances, byId);
    }

    /// <summary>The number Word prints before <paramref name="paragraph"/> (counting it), or an empty string.</summary>
    public string Label(Paragraph paragraph)
    {
        var (numId, level) = Reference(paragraph);
        if (numId is not int id || !instances.TryGetValue(id, out var instance)) return string.Empty;
        var index = Math.Clamp(level ?? 0, 0, Levels - 1);
        if (instance.Levels[index] is not { } definition) return string.Empty;
        var counts = CountersOf(instance.AbstractId);
        if (started.Add(id))
        {
            foreach (var (restart, start) in instance.Restarts) counts[restart] = start - 1;
        }
        counts[index] = (counts[index] ?? StartOf(instance.Levels[index]) - 1) + 1;
        for (var below = index + 1; below < Levels; below++)
        {
            if (!instance.Restarts.ContainsKey(below)) counts[below] = null;
        }
        return Render(definition.LevelText?.Val?.Value ?? string.Empty, instance, counts);
    }

    private int?[] CountersOf(int abstractId)
    {
        if (!counters.TryGetValue(abstractId, out var counts)) counters[abstractId] = counts = new int?[Levels];
        return counts;
    }

    private static void Put(Level?[] levels, Level level)
    {
        if (level.LevelIndex?.Value is int index && index is >= 0 and < Levels) levels[index] = level;
    }

    private static int StartOf(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    /// <summary>The level's text with each “%n” replaced by level n's counter in that level's number format.</summary>
    private static string Render(string template, Instance instance, int?[] counts)
    {
        var text = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var index = template[++i] - '1';
                var level = instance.Levels[index];
                var format = level?.NumberingFormat?.Val?.Value;
                if (format == NumberFormatValues.Bullet) return string.Empty;
                text.Append(NumberFormat.Render(counts[index] ?? StartOf(level), format));
            }
            else
            {
                text.Append(template[i]);
            }
        }
        return text.ToString().Trim();
    }

    /// <summary>The list and level of a paragraph: its own w:numPr, else its style's, following basedOn.</summary>
    private (int? NumId, int? Level) Reference(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        if (direct?.NumberingId?.Val?.Value is int id) return (id, direct.NumberingLevelReference?.Val?.Value);
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && visited.Add(styleId) && styles.TryGetValue(styleId, out var style))
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { NumberingId.Val.Value: int styled } numbering)
                return (styled, direct?.NumberingLevelReference?.Val?.Value ?? numbering.NumberingLevelReference?.Val?.Value);
            styleId = style.BasedOn?.Val?.Value;
        }
        return (null, null);
    }

    private sealed record Instance(int AbstractId, Level?[] Levels, Dictionary<int, int> Restarts);
}

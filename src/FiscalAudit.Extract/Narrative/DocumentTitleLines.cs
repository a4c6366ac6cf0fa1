using System.Text.RegularExpressions;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// A disclosure's own title printed as a paragraph line with no ordinal (“2022年上海市普陀区财政局部门决算”): a year, a name and a
/// document word at its end (title-lines.json). The caller has ruled out clause breaks and long lines.
/// </summary>
internal sealed partial class DocumentTitleLines
{
    [GeneratedRegex(@"(?<![0-9])(19|20)[0-9]{2}\s*年度?")]
    private static partial Regex Year();

    /// <summary>Marks a name in a title does not hold: a line with them states or labels something.</summary>
    private static readonly char[] ClauseMarks = { '：', ':', '；', ';', '、', '！', '？' };

    public static DocumentTitleLines Default { get; } = VocabularyFile.Load<DocumentTitleLines>("title-lines.json");

    /// <summary>The words a document's title ends with, longest first where one ends another (“部门决算公开”, “部门决算”).</summary>
    public List<string> DocumentEndings { get; init; } = new();

    /// <summary>How many characters of a name the line holds besides its year and ending.</summary>
    public int MinimumName { get; init; }

    /// <summary>True when <paramref name="line"/> (trimmed, one clause) holds one year and a name and ends with a document word.</summary>
    public bool IsTitle(string line)
    {
        var ending = DocumentEndings.Where(e => line.EndsWith(e, StringComparison.Ordinal)).MaxBy(e => e.Length);
        if (ending is null) return false;
        var years = Year().Matches(line);
        if (years.Count != 1) return false;
        var name = line[..^ending.Length].Remove(years[0].Index, years[0].Length).Trim();
        return name.Length >= MinimumName && !name.Any(char.IsDigit) && name.IndexOfAny(ClauseMarks) < 0;
    }
}

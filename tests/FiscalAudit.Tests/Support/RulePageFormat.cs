using System.Text.RegularExpressions;

namespace FiscalAudit.Tests.Support;

/// <summary>
/// The format of a rule page docs/rules/FAxxxx.md: a title, Chinese header bullets, the five Chinese sections a reviewer reads
/// (问题说明, 检查方法, 示例, 如何整改, 如何忽略) and then the English developer notes. <see cref="Problems"/> lists what a page gets wrong.
/// </summary>
public static partial class RulePageFormat
{
    public const string DeveloperNotes = "## Developer notes (English)";

    public static readonly string[] ChineseSections = ["## 问题说明", "## 检查方法", "## 示例", "## 如何整改", "## 如何忽略"];

    public static readonly string[] DeveloperSections = ["### Cause", "### Rule description", "### Example", "### How to fix violations", "### How to waive"];

    public static readonly string[] HeaderBullets = ["- 适用文件：", "- 级别：", "- 类别："];

    /// <summary>Product names a reviewer knows by their English name.</summary>
    private static readonly string[] ProductNames = ["Excel", "Word"];

    /// <summary>What the page gets wrong, one line each; empty for a page in the format.</summary>
    public static IReadOnlyList<string> Problems(string page)
    {
        var problems = new List<string>();
        var text = page.Replace("\r\n", "\n");
        var headings = Regex.Matches(text, @"^## .*$", RegexOptions.Multiline).Select(m => m.Value.TrimEnd()).ToList();
        var expected = ChineseSections.Append(DeveloperNotes).ToList();
        if (!headings.SequenceEqual(expected))
            return [$"sections are “{string.Join(" | ", headings)}”, not “{string.Join(" | ", expected)}”"];

        var header = text[..text.IndexOf("\n## ", StringComparison.Ordinal)];
        var bullets = header.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        foreach (var bullet in HeaderBullets.Where(b => !bullets.Any(l => l.StartsWith(b, StringComparison.Ordinal))))
            problems.Add($"no header bullet “{bullet}…”");
        problems.AddRange(bullets.Where(b => EnglishWord(b) is not null).Select(b => $"header bullet “{b}” has the English word “{EnglishWord(b)}”"));

        var starts = expected.Select(h => text.IndexOf("\n" + h + "\n", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < ChineseSections.Length; i++)
        {
            var body = text[(starts[i] + expected[i].Length + 2)..starts[i + 1]];
            if (!body.Any(IsChinese)) problems.Add($"{ChineseSections[i]} has no Chinese text");
            else if (EnglishWord(body) is { } word) problems.Add($"{ChineseSections[i]} has the English word “{word}”");
        }

        var notes = text[(starts[^1] + DeveloperNotes.Length + 2)..];
        if (!notes.TrimStart().StartsWith("Severity: ", StringComparison.Ordinal)) problems.Add("developer notes do not open with “Severity: …”");
        problems.AddRange(DeveloperSections.Where(s => !Regex.IsMatch(notes, "^" + Regex.Escape(s) + "$", RegexOptions.Multiline)).Select(s => $"developer notes have no “{s}”"));
        return problems;
    }

    /// <summary>
    /// The first run of four or more ASCII letters in Chinese text, outside `code`, fenced code, link targets, rule ids,
    /// command-line options, file extensions and the product names; null when there is none.
    /// </summary>
    public static string? EnglishWord(string chinese)
    {
        var prose = Ignored().Replace(chinese, " ");
        return AsciiWord().Matches(prose).Select(m => m.Value).FirstOrDefault(w => !ProductNames.Contains(w));
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

    [GeneratedRegex(@"```.*?```|`[^`\n]*`|\]\([^)\s]*\)|\bFA\d{4}\b|--[a-z][a-z-]*|\.(?:pdf|xlsx|xls|docx|doc|txt|csv|wps|ofd)\b", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Ignored();

    [GeneratedRegex("[A-Za-z]{4,}")]
    private static partial Regex AsciiWord();
}

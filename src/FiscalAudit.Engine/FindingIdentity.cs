using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Engine;

/// <summary>
/// Gives every finding its stable id: 12 hex characters of a SHA-256 over the rule, the document's
/// identity (department + year + kind, never the file path), the stable parts of its own place (table,
/// row, column) and the compared values; a finding not on a table cell adds its message with page and
/// line references removed (it quotes the sentence) and its numbers folded to one printing (digit width, thousands separators and
/// spaces change no id; the id the scheme before that gave is kept as a former id, <see cref="Finding.FormerIds"/>). Its related places are no part of it: a finding
/// that gains or loses one (the engine now links the restated cell, or one more copy of a figure) is
/// the same defect and keeps its id, and with it a reviewer's decision. Findings alike in all of these
/// are told apart by their turn in the run's order. So the same defect keeps its id across runs,
/// engine versions, renames and a re-publication that still contains it.
/// </summary>
public static partial class FindingIdentity
{
    private const int HexLength = 12;

    /// <summary>
    /// Gives each finding its id and, when the id scheme before this one (number formatting counted; amounts worked out printed
    /// without separators, <see cref="Finding.FormerMessage"/>) gave it another, that one as its former id.
    /// </summary>
    public static IReadOnlyList<Finding> Assign(IReadOnlyList<Finding> findings, Disclosure? disclosure, string file)
    {
        var document = DocumentIdentity(disclosure, file);
        var current = new Dictionary<string, int>(StringComparer.Ordinal);
        var former = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Finding>(findings.Count);
        foreach (var f in findings)
        {
            var id = Next(current, Key(f, document, StableText(f.Message, file)));
            var formerId = Next(former, Key(f, document, FormerStableText(f.FormerMessage ?? f.Message, file)));
            result.Add(f with { Id = id, FormerIds = formerId == id ? Array.Empty<string>() : [formerId] });
        }
        return result;
    }

    /// <summary>The id of <paramref name="key"/>, told apart from the findings alike in it before by their turn.</summary>
    private static string Next(Dictionary<string, int> occurrences, string key)
    {
        var n = occurrences.TryGetValue(key, out var seen) ? seen : 0;
        occurrences[key] = n + 1;
        return Hash(n == 0 ? key : $"{key}\u001e{n}");
    }

    /// <summary>Department, year and kind; an unreadable file has only its name.</summary>
    private static string DocumentIdentity(Disclosure? d, string file) =>
        d is null
            ? "file:" + Path.GetFileName(file)
            : string.Join('\u001f', Squeeze(d.Department ?? string.Empty), d.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, d.Kind.ToJsonName());

    private static string Key(Finding f, string document, string text)
    {
        var parts = new List<string> { f.RuleId, document, Place(f.Location), Value(f.Expected), Value(f.Actual) };
        if (f.Location.Table is null) parts.Add(text);
        return string.Join('\u001f', parts);
    }

    private static string Place(FindingLocation l) => $"{l.Table}|{Squeeze(l.Row ?? string.Empty)}|{l.Column}";

    private static string Value(object? v) => v switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? string.Empty,
    };

    /// <summary>
    /// The message without page/line/cell references, the file name or white space, its numbers folded to one printing: ASCII
    /// digits and point, no thousands separators (“１，２５０.５０万元”, “1 250.50万元” and “1250.50万元” alike).
    /// </summary>
    private static string StableText(string message, string file) => Digits(FormerStableText(message, file));

    /// <summary>What the id scheme before number folding hashed: the message without references, file name or white space.</summary>
    private static string FormerStableText(string message, string file)
    {
        var text = message.Replace(file, string.Empty, StringComparison.Ordinal);
        text = PageOrLine().Replace(text, string.Empty);
        return Squeeze(text);
    }

    private static string Digits(string text)
    {
        var ascii = string.Concat(text.Select(NumberText.FoldWidth));
        return Grouping().Replace(DecimalPoint().Replace(ascii, "."), string.Empty);
    }

    private static string Squeeze(string s) => WhiteSpace().Replace(s, string.Empty);

    private static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..HexLength];

    // A cell reference is a sheet name and an A1 address (or range), or a Word table's number, row and column (“表3 第30行第6列”):
    // what follows it — a bracket, a comma — is message.
    [GeneratedRegex(@"第\s*\d+\s*(?:[–\-~至]\s*\d+\s*)?[页行]|单元格\s*[^\s!（）()，,；;]+![A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?|单元格\s*表\d+\s*第\d+行第\d+列|表格位置")]
    private static partial Regex PageOrLine();

    // A separator between digits that groups three (“1,250”, “1，250”). Only the hash reads the result: a list of three-digit counts
    // (“100，200”) folds alike in every run, so its id stays stable too.
    [GeneratedRegex(@"(?<=\d)[,，](?=\d{3}(?!\d))")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<=\d)．(?=\d)")]
    private static partial Regex DecimalPoint();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

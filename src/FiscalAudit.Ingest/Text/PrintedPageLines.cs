using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// The page furniture of text saved from printed pages (printed-pages.json): page numbers (<see cref="PageNumberLine"/>) (“- 3 -”, “第 3 页”, “3”) and
/// running headers repeated at the page breaks. Left out, a paragraph or a table
/// that runs on to the next page reads on as one.
/// </summary>
internal static partial class PrintedPageLines
{
    private sealed record Data(
        int MinimumPageLines, int MaximumPageLines, int MinimumNumberedPages, int Isolation, decimal MinimumAloneShare, decimal MaximumStrayShare,
        int MinimumHeaderPages, int MaximumHeaderLength);

    private static readonly Data Limits = EmbeddedJson.Load<Data>(typeof(PrintedPageLines).Assembly, "printed-pages.json", new(System.Text.Json.JsonSerializerDefaults.Web));

    [GeneratedRegex("[0-9０-９]+")]
    private static partial Regex Digits();

    private const char FormFeed = '\f';

    /// <summary>
    /// The indexes of the furniture lines of <paramref name="lines"/>. Blank lines around them stay: a blank line does not
    /// end a paragraph or a table, and where one did end before the page break, it still does.
    /// </summary>
    public static HashSet<int> Find(IReadOnlyList<string> lines)
    {
        var numbers = PageNumberLines(lines);
        var furniture = new HashSet<int>(numbers);
        var breaks = numbers.Concat(Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(FormFeed))).ToHashSet();
        furniture.UnionWith(RunningHeaders(lines, breaks, Math.Max(numbers.Count, breaks.Count - numbers.Count)));
        return furniture;
    }

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    /// <summary>Decorated page numbers, bare ones before a form feed, and bare ones that count up page by page, most of them alone among their lines.</summary>
    private static List<int> PageNumberLines(IReadOnlyList<string> lines)
    {
        var found = new List<int>();
        var chains = new List<List<(int Line, int Number)>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Contains('\t')) continue;
            var t = lines[i].Trim();
            var decorated = PageNumberLine.IsDecorated(t);
            if (decorated || (PageNumberLine.IsBare(t) && BeforeFormFeed(lines, i))) found.Add(i);
            else if (!PageNumberLine.IsBare(t)) continue;
            var number = Number(Digits().Match(t).Value);
            var chain = chains.FirstOrDefault(c => c[^1].Number == number - 1 && i - c[^1].Line >= Limits.MinimumPageLines && i - c[^1].Line <= Limits.MaximumPageLines);
            if (chain is null) chains.Add(chain = new List<(int, int)>());
            chain.Add((i, number));
        }
        return chains.Where(c => c.Count >= Limits.MinimumNumberedPages && c.Count(p => !BesideAnotherNumber(lines, p.Line)) >= Limits.MinimumAloneShare * c.Count
                && Strays(lines, c) <= Limits.MaximumStrayShare * c.Count)
            .SelectMany(c => c.Select(p => p.Line)).Union(found).ToList();
    }

    /// <summary>
    /// The bare numbers alone among their lines between a run's first and last line that are not in it: a flattened table's
    /// weights and scores, each line apart from the next by a wrapped rubric (“3” … “4” … “5” counting up by chance among them).
    /// </summary>
    private static int Strays(IReadOnlyList<string> lines, List<(int Line, int Number)> chain)
    {
        var members = chain.Select(p => p.Line).ToHashSet();
        return Enumerable.Range(chain[0].Line, chain[^1].Line - chain[0].Line + 1)
            .Count(i => !members.Contains(i) && !lines[i].Contains('\t') && PageNumberLine.IsBare(lines[i].Trim()) && !BesideAnotherNumber(lines, i));
    }

    /// <summary>Another bare number within <see cref="Data.Isolation"/> lines: the line is among a flattened table's cells.</summary>
    private static bool BesideAnotherNumber(IReadOnlyList<string> lines, int i)
    {
        for (var j = Math.Max(0, i - Limits.Isolation); j <= Math.Min(lines.Count - 1, i + Limits.Isolation); j++)
        {
            if (j != i && !lines[j].Contains('\t') && PageNumberLine.IsBare(lines[j].Trim())) return true;
        }
        return false;
    }

    private static bool BeforeFormFeed(IReadOnlyList<string> lines, int i)
    {
        var j = i + 1;
        while (j < lines.Count && IsBlank(lines[j]) && !lines[j].Contains(FormFeed)) j++;
        return j < lines.Count && lines[j].TrimStart(' ', '\t').StartsWith(FormFeed);
    }

    private static int Number(string digits) => digits.Aggregate(0, (n, c) => n * 10 + (int)char.GetNumericValue(c));

    /// <summary>
    /// The lines printed the same right next to a page break (the line a form feed starts, or the nearest line across
    /// blank lines after the break; the nearest line before it) at <see cref="Data.MinimumHeaderPages"/> breaks at least and at half of the <paramref name="pages"/>.
    /// The first page's top line counts as one of them (a running title is the document's own title on its first page) but stays: it is the title.
    /// </summary>
    private static IEnumerable<int> RunningHeaders(IReadOnlyList<string> lines, HashSet<int> breaks, int pages)
    {
        var beside = new Dictionary<string, HashSet<int>>();
        var first = Nearest(lines, -1, 1);
        foreach (var b in breaks)
        {
            var top = lines[b].Contains(FormFeed) && !IsBlank(lines[b]) ? b : Nearest(lines, b, 1);
            foreach (var i in new[] { top, Nearest(lines, b, -1) })
            {
                if (i < 0 || (i != b && breaks.Contains(i)) || lines[i].Contains('\t')) continue;
                var key = Spaceless.Of(lines[i]);
                if (key.Length > Limits.MaximumHeaderLength) continue;
                if (!beside.TryGetValue(key, out var at)) beside[key] = at = new HashSet<int>();
                at.Add(i);
            }
        }
        var title = first < 0 ? null : Spaceless.Of(lines[first]);
        int Pages(string key, HashSet<int> at) => at.Count + (key == title && !at.Contains(first) ? 1 : 0);
        return beside.Where(b => Pages(b.Key, b.Value) >= Limits.MinimumHeaderPages && 2 * Pages(b.Key, b.Value) >= pages).SelectMany(b => b.Value);
    }

    /// <summary>The first line that is not blank from <paramref name="from"/> in direction <paramref name="step"/>; -1 when none.</summary>
    private static int Nearest(IReadOnlyList<string> lines, int from, int step)
    {
        for (var i = from + step; i >= 0 && i < lines.Count; i += step)
            if (!IsBlank(lines[i])) return i;
        return -1;
    }
}

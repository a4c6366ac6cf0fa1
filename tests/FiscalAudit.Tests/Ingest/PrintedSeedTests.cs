using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Issue 12: a seed saved as text the way a PDF-to-text or Word-to-text conversion lays it out — prose hard-wrapped at
/// about 38 or 60 CJK characters, a page number and a running header every so many lines, CRLF line ends — gives the
/// findings of the seed itself (rule, severity and message; the line numbers in a message move with the layout).
/// </summary>
public partial class PrintedSeedTests
{
    private static readonly ConcurrentDictionary<string, List<string>> SeedFindings = new();

    [GeneratedRegex(@"第\s*\d+\s*(?:[–-]\s*\d+\s*)?行")]
    private static partial Regex LineReference();

    private static List<string> Findings(string text) =>
        new Auditor().Audit("seed.txt", Encoding.UTF8.GetBytes(text)).Findings
            .Select(f => $"{f.RuleId} {f.Severity} {LineReference().Replace(f.Message, "第N行")}").Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The first line that reads as the document's title, printed at the top of every page.</summary>
    private static string RunningHeader(string text) =>
        text.Split('\n').Select(l => l.Trim().Trim('#', '*', ' ')).First(l => l.Length is >= 8 and <= 40 && (l.Contains("决算") || l.Contains("报告")) && !l.Contains('\t'));

    private static string Layout(string seed, string layout)
    {
        var header = RunningHeader(seed);
        return layout switch
        {
            "wrapped at 38" => PrintedLayout.Wrap(seed, 76),
            "wrapped at 60 with CRLF" => PrintedLayout.Wrap(seed, 120).Replace("\n", "\r\n", StringComparison.Ordinal),
            "wrapped at 60, numbered pages" => PrintedLayout.Paginate(PrintedLayout.Wrap(seed, 120), 45, n => (n % 3) switch { 0 => $"- {n} -", 1 => $"第 {n} 页", _ => $"{n}" }, header, formFeed: true),
            "wrapped at 38, bare page numbers" => PrintedLayout.Paginate(PrintedLayout.Wrap(seed, 76), 43, n => $"{n}", header, formFeed: false),
            _ => throw new ArgumentException(layout),
        };
    }

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        foreach (var layout in new[] { "wrapped at 38", "wrapped at 60 with CRLF", "wrapped at 60, numbered pages", "wrapped at 38, bare page numbers" })
        {
            // Seed 004 is pdftotext's text, its lines wrapped at about 30 characters already: a wider margin leaves it as it is.
            if (seed != "004" || layout != "wrapped at 38") data.Add(seed, layout);
        }
        return data;
    }

    [SharedTheory]
    [MemberData(nameof(Cases))]
    public void A_seed_laid_out_as_converted_text_gives_the_seeds_findings(string seed, string layout)
    {
        var text = File.ReadAllText(Repo.Seed(seed));
        var laidOut = Layout(text, layout);
        Assert.NotEqual(text, laidOut);
        Assert.Equal(SeedFindings.GetOrAdd(seed, _ => Findings(text)), Findings(laidOut));
    }
}

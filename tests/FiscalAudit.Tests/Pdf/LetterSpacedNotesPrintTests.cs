using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// The ruled 部门决算 of Pdf/RuledFixtures printed by Chromium with its 情况说明 letter-spaced (CSS letter-spacing 0.2em or 0.4em, as
/// a WPS/Word 分散对齐 or a stylesheet sets it), justified in 三号 type, a space either side of each figure as Word writes them
/// (“收入合计 1485.01 万元，”), or with the whole page letter-spaced, tables included (issue 12, classes 6 and 10). Justification widens
/// the gaps between ideographs beyond those between digits, and the spaces around the figures wider still, so short lines of the
/// notes stand in pieces a cell gap apart: each line reads as words of prose, the paragraphs as paragraphs, and the letter-spaced tables
/// still as their nine tables. Planted: a share that does not follow from its amounts (FA3002, 其他收入 “占0.18%”) and the 收、支总计
/// restated differently from 表一 (FA3001, 1551.01 for 1515.01); the clean print raises no finding of the notes' figures nor of the tables.
/// </summary>
public partial class LetterSpacedNotesPrintTests
{
    private const string Layout = "split-codes-panels-stacked";

    private static readonly (string Right, string Wrong)[] Plants =
    [
        ("其他收入12.00万元，占0.81%", "其他收入12.00万元，占0.18%"),
        ("收、支总计均为1515.01万元", "收、支总计均为1551.01万元"),
    ];

    [ChromiumTheory(needsShared: false)]
    [InlineData("p{font-size:16pt;letter-spacing:0.4em;text-align:justify;text-indent:2em}")]
    [InlineData("p{font-size:16pt;letter-spacing:0.2em;text-align:justify;text-indent:2em}")]
    [InlineData("body{letter-spacing:0.2em} p{font-size:15pt;text-align:justify;text-indent:2em}")]
    public void Letter_spaced_notes_keep_their_checks_and_the_tables_their_cells(string style)
    {
        foreach (var planted in new[] { true, false })
        {
            var result = Printed(style, planted);
            var blocks = result.Disclosure!.Source.Blocks;
            Assert.Equal(9, result.Disclosure.Tables.Count(t => t.Id.StartsWith('T')));
            var notes = blocks.First(b => b is HeadingBlock or ParagraphBlock && Text(b).Contains("一、收入支出决算总体情况说明", StringComparison.Ordinal)).Location.Page;
            Assert.DoesNotContain(blocks, b => b is TableBlock && b.Location.Page == notes);
            var findings = result.Findings.Where(f => f.RuleId != "FA3015").ToList();
            if (!planted)
            {
                Assert.Empty(findings.Select(f => $"{f.RuleId} {f.Location.Source?.Describe()}: {f.Message}"));
                continue;
            }
            Assert.Equal(["FA3001", "FA3002"], findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
            AssertAt(findings.Single(f => f.RuleId == "FA3001"), blocks, "2023年度收、支总计均为1551.01万元。", "1551.01");
            AssertAt(findings.Single(f => f.RuleId == "FA3002"), blocks, "2023年度收入合计1485.01万元，其中：", "0.18%");
        }
    }

    /// <summary>The finding names <paramref name="figure"/> and points into the paragraph that opens with <paramref name="opening"/>.</summary>
    private static void AssertAt(Core.Findings.Finding finding, IReadOnlyList<Block> blocks, string opening, string figure)
    {
        Assert.Contains(figure, finding.Message, StringComparison.Ordinal);
        var paragraph = Assert.Single(blocks.OfType<ParagraphBlock>(), p => p.Text.StartsWith(opening, StringComparison.Ordinal));
        Assert.Equal(paragraph.Location.Page, finding.Location.Page);
        var (first, last) = (paragraph.Location.Line ?? 0, paragraph.Location.EndLine ?? paragraph.Location.Line ?? 0);
        Assert.InRange(finding.Location.Line ?? -1, first, last);
    }

    private static string Text(Block block) => block switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => string.Empty };

    private static AuditResult Printed(string style, bool planted)
    {
        var html = RuledFixtures.Html(Layout, planted: false).Replace("</style>", style + "</style>", StringComparison.Ordinal);
        if (planted) html = Planting.Planted(html, Layout, Plants);
        var (head, notes) = (html[..html.IndexOf("部门决算情况说明", StringComparison.Ordinal)], html[html.IndexOf("部门决算情况说明", StringComparison.Ordinal)..]);
        html = head + WordSpacedFigure().Replace(notes, " $1 ");
        AuditResult? result = null;
        PrintedRendering.Check("notes.html", System.Text.Encoding.UTF8.GetBytes(html), ChromiumPrint.ConvertToPdf, pdf => result = new Auditor(new AuditProfile()).Audit(pdf));
        return result!;
    }

    /// <summary>A figure of the notes before its unit (“1485.01万元”, “0.81%”), after a Chinese character or mark: Word sets a space either side.</summary>
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff，、])(\d+(?:\.\d+)?)(?=万元|%)")]
    private static partial Regex WordSpacedFigure();
}

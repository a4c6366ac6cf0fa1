using System.Text;
using CsCheck;
using FiscalAudit.Engine;
using FiscalAudit.Ingest;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>No input may crash the program: bad input is a DocumentReadException or a normal result.</summary>
public class TextReaderFuzzTests
{
    private static readonly Lazy<byte[][]> Seeds = new(() => new[] { "000", "001", "002", "003", "004" }.Select(p => File.ReadAllBytes(Repo.Seed(p))).ToArray());

    private static void MustNotCrash(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fuzz-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, bytes);
        try
        {
            var result = new Auditor().Audit(path);
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA0003" || f.Message.StartsWith(FiscalAudit.Extract.DisclosureExtractor.FailurePrefix, StringComparison.Ordinal) || f.Message.Contains("运行出错", StringComparison.Ordinal) || f.Message.Contains("无法重算得分", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Random_bytes_never_crash()
    {
        Gen.Byte.Array[0, 3000].Sample(MustNotCrash, iter: 150);
    }

    [Fact]
    public void Html_table_fragments_never_crash()
    {
        var pieces = new[]
        {
            "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=\"3\">", "<td rowspan=2>", "<td rowspan='999999'>",
            "<td colspan=0>", "<td colspan=\"-4\">", "合计", "199.52", "一般公共服务支出", "\n", "\t", "$95\\%$", "\\%", "$", "&nbsp;", "&#x4E2D;", "&amp", "<br>", "<",
        };
        Gen.Int[0, pieces.Length - 1].Array[0, 400].Sample(
            picks => MustNotCrash(Encoding.UTF8.GetBytes(string.Concat(picks.Select(i => pieces[i])))), iter: 150);
    }

    /// <summary>Pipe tables with and without end bars, delimiter rows of any width, escaped bars and math around figures, cut anywhere.</summary>
    [Fact]
    public void Pipe_and_math_fragments_never_crash()
    {
        var pieces = new[]
        {
            "|", " | ", "\\|", "---", ":---:", " --- | --- ", "--- |", "| --- |", "\n", "\n", "\n\n", " ", "合计", "199.52", "项 目", "行次",
            "$", "$199.52^{1}$", "^{", "}", "\\text{万元}", "\\mathbf{", "\\%", "%%", "％", "百分之百", "— 3 —", "<br>",
        };
        Gen.Int[0, pieces.Length - 1].Array[0, 500].Sample(picks => MustNotCrash(Encoding.UTF8.GetBytes(string.Concat(picks.Select(i => pieces[i])))), iter: 200);
    }

    /// <summary>Lines laid out with runs of spaces, as pdftotext -layout prints tables: odd mixes of figures, names, page breaks and wide spaces.</summary>
    [Fact]
    public void Space_laid_out_fragments_never_crash()
    {
        var pieces = new[]
        {
            "  ", "     ", " ", "\n", "\n\n", "\f", "\u3000", "199.52", "1,234.56", "-", "—", "201", "2010306", "合计", "总 计", "栏次", "项 目",
            "一、一般公共服务支出", "其中：基本支出", "公开01表", "单位：万元", "。", "3", "- 3 -", "（", "%", "\t",
        };
        Gen.Int[0, pieces.Length - 1].Array[0, 600].Sample(
            picks => MustNotCrash(Encoding.UTF8.GetBytes(string.Concat(picks.Select(i => System.Text.RegularExpressions.Regex.Unescape(pieces[i]))))), iter: 200);
    }

    /// <summary>Box art, whole and broken: rules and bars of every set, merged and missing junctions, wide characters, cut lines.</summary>
    [Fact]
    public void Box_drawn_fragments_never_crash()
    {
        var pieces = new[]
        {
            "┌", "─", "┬", "┐", "│", "├", "┼", "┤", "└", "┴", "┘", "╔", "═", "╦", "╗", "║", "╠", "╬", "╣", "╚", "╩", "╝", "+", "-", "=", "|", ":",
            "┌──────┬────┐", "├──────┼────┤", "+------+----+", "+======+====+", "│", "║", " ", "   ", "\n", "\n", "\n\n", "\f", "\t", "\u3000",
            "199.52", "1,234.56", "合计", "项 目", "一般公共服务支出", "公开01表", "单位：万元", "<b>", "**",
        };
        Gen.Int[0, pieces.Length - 1].Array[0, 600].Sample(
            picks => MustNotCrash(Encoding.UTF8.GetBytes(string.Concat(picks.Select(i => System.Text.RegularExpressions.Regex.Unescape(pieces[i]))))), iter: 200);
    }

    /// <summary>Seed 002 drawn with box characters, then lines of its box art dropped, repeated or cut, or a cell of an ASCII row replaced (<see cref="LineMutations"/>).</summary>
    [SharedFact]
    public void Mutated_box_drawn_seed_never_crashes()
    {
        var seed002 = File.ReadAllText(Repo.Seed002);
        var drawings = new[] { BoxDrawing.Single, BoxDrawing.Ascii }.Select(style => BoxDrawing.Draw(seed002, style, merge: true, wrapAt: 8).Split('\n')).ToArray();
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var lines = drawings[seed % drawings.Length];
            MustNotCrash(Encoding.UTF8.GetBytes(string.Join('\n', lines.SelectMany(l => random.Next(8) == 0 ? LineMutations.Mutate(l, random, ["", "│", "┼", "─", "199.52", "合计"]) : [l]))));
        }, iter: 30);
    }

    [SharedFact]
    public void Truncated_seeds_never_crash()
    {
        Gen.Int[0, Seeds.Value.Length - 1].Select(Gen.Double[0, 1]).Sample(t =>
        {
            var seed = Seeds.Value[t.Item1];
            MustNotCrash(seed.AsSpan(0, (int)(seed.Length * t.Item2)).ToArray());
        }, iter: 40);
    }

    [SharedFact]
    public void Garbled_seeds_never_crash()
    {
        Gen.Int[0, Seeds.Value.Length - 1].Select(Gen.Int[0, int.MaxValue]).Sample(t =>
        {
            var copy = (byte[])Seeds.Value[t.Item1].Clone();
            var random = new Random(t.Item2);
            for (var i = 0; i < 200; i++) copy[random.Next(copy.Length)] = (byte)random.Next(256);
            MustNotCrash(copy);
        }, iter: 40);
    }

    [SharedFact]
    public void Shuffled_lines_of_seed_002_never_crash()
    {
        var lines = Encoding.UTF8.GetString(Seeds.Value[2]).Split('\n');
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var shuffled = lines.OrderBy(_ => random.Next()).Take(random.Next(lines.Length)).ToArray();
            MustNotCrash(Encoding.UTF8.GetBytes(string.Join('\n', shuffled)));
        }, iter: 300);
    }

    private static readonly string[] ExtremeNumbers =
    {
        "79228162514264337593543950335", "0.00000000000000000000000000000000011", "-5", "999999999999999.9999999999",
        "1,000,000,000,000.00", "０.０１", "100%%", "0", "-0.00", "1e5",
    };

    [SharedFact]
    public void Extreme_numbers_in_any_cell_or_sentence_never_crash_and_never_silence_a_rule()
    {
        var texts = new[] { "001", "002", "003", "004" }.Select(p => File.ReadAllText(Repo.Seed(p))).ToArray();
        var number = new System.Text.RegularExpressions.Regex(@"\d+(\.\d+)?");
        Gen.Int[0, texts.Length - 1].Select(Gen.Int[0, int.MaxValue]).Sample(t =>
        {
            var random = new Random(t.Item2);
            var text = number.Replace(texts[t.Item1], m => random.Next(40) == 0 ? ExtremeNumbers[random.Next(ExtremeNumbers.Length)] : m.Value);
            MustNotCrash(Encoding.UTF8.GetBytes(text));
        }, iter: 200);
    }

    [Fact]
    public void Reader_only_throws_document_read_exception()
    {
        Gen.Byte.Array[0, 500].Sample(bytes =>
        {
            try
            {
                new PlainTextReader().Read("x.txt", bytes);
            }
            catch (DocumentReadException e)
            {
                ReadFailure.AssertTold(e, "x.txt");
            }
        }, iter: 200);
    }
}

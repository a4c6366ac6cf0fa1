using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Text;
using FiscalAudit.Extract.Metadata;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The organisations a paragraph names as the subject of a department's description of itself (“西充县教育局是县政府工作部门，…”,
/// “上海市普陀区财政局的主要职责是：”, “敦化路街道办事处内设…”): only the department belongs there. A unit named in passing (“在县财政局
/// 指导下”) is no subject. The predicates and the words a department names itself by are data: self-descriptions.json.
/// </summary>
public static partial class SelfDescriptions
{
    private static readonly IReadOnlyList<(Regex Sentence, IReadOnlyList<string> Ends)> Predicates;

    private static readonly IReadOnlyList<string> SelfWords;

    static SelfDescriptions()
    {
        var data = EmbeddedJson.Load<DescriptionsFile>(
            typeof(SelfDescriptions).Assembly, "self-descriptions.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        Predicates = data.Predicates
            .Select(p => (new Regex($@"^(?<subject>[\u4e00-\u9fa5][\u4e00-\u9fa5 \u3000]{{1,40}}?)(?:{p.Pattern})", RegexOptions.Compiled), (IReadOnlyList<string>)p.Ends))
            .ToList();
        SelfWords = data.SelfWords;
    }

    [GeneratedRegex(@"[^。；;]+")]
    private static partial Regex Sentences();

    /// <summary>The subject of each sentence of <paramref name="paragraph"/> that describes a department, as printed.</summary>
    public static IEnumerable<TextMark> Read(ParagraphBlock paragraph) => Read(paragraph.Text, paragraph.LocationOf);

    /// <summary>
    /// The subject of each sentence of <paramref name="text"/> that describes a department (a paragraph, or a table cell such as a
    /// 自评表's “部门职责”), its spaces removed (“普陀区 市场监督管理局” as a PDF prints it), located with <paramref name="locate"/>(start, end).
    /// </summary>
    public static IEnumerable<TextMark> Read(string text, Func<int, int, SourceLocation> locate)
    {
        foreach (Match sentence in Sentences().Matches(text))
        {
            var numbered = sentence.Value.TrimStart();
            var start = sentence.Index + sentence.Length - numbered.Length + ItemStart.Length(numbered);
            while (start < sentence.Index + sentence.Length && char.IsWhiteSpace(text[start])) start++;
            var rest = text[start..(sentence.Index + sentence.Length)];
            if (Subject(rest) is { } subject)
            {
                yield return new TextMark(TextMarkKind.DepartmentName, Spaceless.Of(subject), rest.Trim(), locate(start, start + subject.Length));
            }
        }
    }

    /// <summary>The organisation <paramref name="sentence"/> describes at its start, or none.</summary>
    private static string? Subject(string sentence)
    {
        foreach (var (pattern, ends) in Predicates)
        {
            var m = pattern.Match(sentence);
            if (!m.Success) continue;
            var subject = m.Groups["subject"].Value;
            var name = Spaceless.Of(subject);
            if (OrganisationNames.Subject.IsMatch(name)
                && !SelfWords.Any(w => name.StartsWith(w, StringComparison.Ordinal))
                && (ends.Count == 0 || ends.Any(e => name.EndsWith(e, StringComparison.Ordinal)))) return subject;
        }
        return null;
    }

    private sealed class Predicate
    {
        public string Pattern { get; init; } = string.Empty;

        public List<string> Ends { get; init; } = new();
    }

    private sealed class DescriptionsFile
    {
        public List<Predicate> Predicates { get; init; } = new();

        public List<string> SelfWords { get; init; } = new();
    }
}

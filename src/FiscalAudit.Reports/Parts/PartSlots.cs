using System.Collections.Concurrent;
using System.Globalization;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Narrative;
using FiscalAudit.Rules.Support;
using FiscalAudit.Rules.Templates;

namespace FiscalAudit.Reports.Parts;

/// <summary>Expands a layout into the parts of one document: fixed parts, then each series item in template or document order.</summary>
internal static class PartSlots
{
    private static readonly ConcurrentDictionary<string, TableTemplate> TableTemplates = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, NarrativeSectionTemplate> SectionTemplates = new(StringComparer.Ordinal);

    public static List<PartSlot> Expand(PartLayout layout, Disclosure? disclosure)
    {
        var slots = new List<PartSlot>();
        foreach (var spec in layout.Parts)
        {
            if (spec.Title is not null)
            {
                var slot = new PartSlot(spec.Id, spec.Title, spec.Check ?? string.Empty)
                {
                    Headings = spec.Headings ?? Array.Empty<string>(),
                    PartHeadings = spec.PartHeadings ?? Array.Empty<string>(),
                    Series = spec.Each?.Source,
                };
                slots.Add(slot.Unrecognisable ? Seen(slot) : slot);
            }
            if (spec.Each is { } each) slots.AddRange(Series(each, disclosure));
        }
        return slots;
    }

    private static IEnumerable<PartSlot> Series(PartSeries each, Disclosure? d) => each.Source switch
    {
        PartSource.Tables => Tables(each, d),
        PartSource.NarrativeSections => Sections(each),
        PartSource.Projects => Evaluations(each, "project:", d?.Evaluations.Projects.Select(p => p.Name)),
        PartSource.DepartmentEvaluations => Evaluations(each, "department:", d?.Evaluations.Departments.Select(e => e.Title)),
        PartSource.ProjectTargets => Evaluations(each, "targets:", d?.ProjectTargets.Forms.Select(f => f.Project.Text)),
        _ => throw new InvalidDataException($"Unknown part series {each.Source}."),
    };

    /// <summary>
    /// Each table of the template in its order (its printed title when present), then any other table the document has. The
    /// template is the series' file when it names one (决算: national-final-accounts.json), else the one the
    /// document was read with (budgets: shanghai-2025 …, <see cref="Disclosure.Template"/>).
    /// </summary>
    private static IEnumerable<PartSlot> Tables(PartSeries each, Disclosure? d)
    {
        var expected = each.Template is { } file
            ? TableTemplates.GetOrAdd(file, TableTemplate.Load).Tables.Select(t => (t.Id, Title: $"{TableIds.ChineseOrdinal(t.Id)} {t.Title}"))
            : (d?.Template?.Tables ?? Array.Empty<ExpectedTable>()).OrderBy(t => t.Position).Select(t => (t.Id, Title: $"{t.Ordinal} {t.Title}"));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, title) in expected)
        {
            ids.Add(id);
            var printed = d?.Table(id);
            yield return TableSlot(each, id, printed?.Label ?? title, printed is not null);
        }
        foreach (var extra in d?.Tables.Where(t => !ids.Contains(t.Id)) ?? Enumerable.Empty<FiscalTable>())
            yield return TableSlot(each, extra.Id, extra.Label, true);
    }

    private static PartSlot TableSlot(PartSeries each, string id, string label, bool found)
    {
        var slot = new PartSlot("table:" + id, Format(each.Title, label), each.Check) { TableKey = id };
        return found ? Seen(slot) : slot;
    }

    /// <summary>Each section of the 情况说明 template, each followed by its own parts (其他重要事项: 机关运行经费 …).</summary>
    private static IEnumerable<PartSlot> Sections(PartSeries each)
    {
        var template = SectionTemplates.GetOrAdd(Required(each), name => EmbeddedJson.Load<NarrativeSectionTemplate>(name));
        for (var s = 0; s < template.Sections.Count; s++)
        {
            var section = template.Sections[s];
            var whole = SectionSlot(each, $"section:{s + 1}", section, null);
            yield return whole;
            for (var p = 0; p < (section.Parts?.Count ?? 0); p++)
                yield return SectionSlot(each, $"section:{s + 1}.{p + 1}", section.Parts![p], whole);
        }
    }

    private static PartSlot SectionSlot(PartSeries each, string key, TemplateSection section, PartSlot? parent) =>
        new(key, Format(each.Title, section.Title), each.Check) { SectionAliases = section.Aliases.Append(section.Title).ToList(), Parent = parent };

    /// <summary>One part per evaluated project, department evaluation or 项目支出绩效目标表, first occurrence of each name.</summary>
    private static IEnumerable<PartSlot> Evaluations(PartSeries each, string prefix, IEnumerable<string>? names) =>
        (names ?? Enumerable.Empty<string>()).Distinct(StringComparer.Ordinal)
            .Select(name => Seen(new PartSlot(prefix + name, Format(each.Title, name), each.Check) { TableKey = name }));

    private static PartSlot Seen(PartSlot slot)
    {
        slot.MarkFound();
        return slot;
    }

    private static string Required(PartSeries each) =>
        each.Template ?? throw new InvalidDataException($"Part series {each.Source} needs a template file.");

    private static string Format(string pattern, string name) => string.Format(CultureInfo.InvariantCulture, pattern, name);
}

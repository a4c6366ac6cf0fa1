using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Engine;
using FiscalAudit.Rules.Classification;
using FiscalAudit.Rules.CrossTable;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.TableRules;

/// <summary>FA2021 on every document in ../shared, and on seed 002 with a class printed by its pre-2019 name.</summary>
public class OfficialCodeNameDocumentTests
{
    /// <summary>Every seed and corpus document, relative to ../shared.</summary>
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        if (!SharedFiles.Available) return data;
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Shared, "seeds"), "*.txt")
                     .Concat(Directory.GetFiles(Path.Combine(Repo.Shared, "corpus"), "*.pdf", SearchOption.AllDirectories))
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Repo.Shared, file));
        return data;
    }

    /// <summary>
    /// Silent everywhere, and not because nothing is compared: the list holds every code of the
    /// document's tables for the document's year, so each coded row is checked and carries that name,
    /// and, in the documents the rule checks, every 科目 the text cites with its level is a name of that
    /// level in that year. (The budgets' texts cite names the list does not hold — “一般行政事务管理（项）”,
    /// “卫生健康支出（款）” — which are not former names and are left to the budget rules.)
    /// </summary>
    [SharedTheory]
    [MemberData(nameof(Documents))]
    public void Silent_on_every_document_with_every_coded_row_checked(string relative)
    {
        var result = new Auditor().Audit(Path.Combine(Repo.Shared, relative));
        var disclosure = result.Disclosure!;
        Assert.DoesNotContain(result.Findings, f => f.RuleId == OfficialCodeNameRule.Rule.Id);
        Assert.Empty(new OfficialCodeNameRule().Check(disclosure));
        var coded = disclosure.Tables.Where(t => !t.IsPlaceholder).SelectMany(t => t.Rows).Where(r => r.Code is not null).ToList();
        var unlisted = coded.Where(r => ClassificationNames.National.Official(r.Code!, disclosure.Year!.Value) is null).Select(r => r.Label);
        Assert.Empty(unlisted);
        if (!OfficialCodeNameRule.Rule.Kinds.Contains(disclosure.Kind)) return;
        var cited = disclosure.Narrative.Marks.Where(m => m.Kind == TextMarkKind.ClassificationName && m.Text.Any(c => c >= 0x4E00)).ToList();
        Assert.Empty(cited.Where(m => !KnownInYear(m, disclosure.Year!.Value)).Select(m => $"{m.Text}（{m.Value}）"));
    }

    /// <summary>Some function code of the cited level has the cited name (or the name with 支出) in the year.</summary>
    private static bool KnownInYear(TextMark mark, int year) =>
        ClassificationNames.National.Function.Where(c => c.Code.Length == 1 + 2 * mark.Value)
            .Select(c => ClassificationNames.National.Official(c.Code, year)?.Name).OfType<string>()
            .Any(n => RowKeys.Normalize(n) is var k && (k == RowKeys.Normalize(mark.Text) || k == RowKeys.Normalize(mark.Text) + "支出"));

    /// <summary>The four documents with extracted tables: 2020 seed 002, the Putuo 2024 final accounts (published and planted) and the 2024 template.</summary>
    [SharedTheory]
    [InlineData("seeds/002_a09f27210693bbb5.txt", 2020, 13)]
    [InlineData("corpus/final-accounts-pdf/上海市普陀区财政局2024年度部门决算.pdf", 2024, 19)]
    [InlineData("corpus/final-accounts-pdf/24年普陀区财政局（测试问题版本）.pdf", 2024, 19)]
    [InlineData("corpus/final-accounts-pdf/附件2：部门决算模板.pdf", 2024, 5)]
    public void Documents_with_tables_have_their_codes_compared(string relative, int year, int functionCodes)
    {
        var disclosure = new Auditor().Audit(Path.Combine(Repo.Shared, relative)).Disclosure!;
        Assert.Equal(year, disclosure.Year);
        var codes = disclosure.Tables.SelectMany(t => t.Rows).Select(r => r.Code).OfType<string>().Where(c => c.StartsWith('2')).Distinct().Count();
        Assert.Equal(functionCodes, codes);
    }

    /// <summary>
    /// Seed 002 (2020) with 卫生健康支出 replaced by the pre-2019 name: found in 表二, 表三 and 表五 at the
    /// row of 210, and in the 情况说明 where items 5 and 6 cite the class (“卫生健康（类）支出” of line 400 keeps its name).
    /// </summary>
    [SharedFact]
    public void Seed_002_with_the_pre_2019_name_of_class_210_is_found_in_each_table_and_in_the_text()
    {
        var text = File.ReadAllText(Repo.Seed002, Encoding.UTF8).Replace("卫生健康支出", "医疗卫生与计划生育支出", StringComparison.Ordinal);
        var result = new Auditor().Audit(Path.GetFileName(Repo.Seed002), Encoding.UTF8.GetBytes(text));
        var findings = result.Findings.Where(f => f.RuleId == OfficialCodeNameRule.Rule.Id).ToList();
        Assert.Equal(new[] { ("T2", 155), ("T3", 185), ("T5", 263), ((string?)null, 416), (null, 418) },
            findings.Select(f => (f.Location.Table, f.Location.Line!.Value)));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.All(findings.Take(3), f =>
        {
            Assert.Equal("210 医疗卫生与计划生育支出", f.Location.Row);
            Assert.EndsWith("科目 210 自2019年起名称为“卫生健康支出”，表中仍为旧名称“医疗卫生与计划生育支出”", f.Message);
        });
        Assert.All(findings.Skip(3), f => Assert.Equal("情况说明中类级科目 210 自2019年起名称为“卫生健康支出”，文中仍为旧名称“医疗卫生与计划生育支出”", f.Message));
    }
}

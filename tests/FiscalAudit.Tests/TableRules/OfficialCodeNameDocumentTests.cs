using System.Text;
using FiscalAudit.Core.Findings;
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
    /// document's tables for the document's year, so each coded row is checked and carries that name.
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
    }

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

    /// <summary>Seed 002 (2020) with 卫生健康支出 replaced by the pre-2019 name: found in 表二, 表三 and 表五, at the row of 210.</summary>
    [SharedFact]
    public void Seed_002_with_the_pre_2019_name_of_class_210_is_found_in_each_table()
    {
        var text = File.ReadAllText(Repo.Seed002, Encoding.UTF8).Replace("卫生健康支出", "医疗卫生与计划生育支出", StringComparison.Ordinal);
        var result = new Auditor().Audit(Path.GetFileName(Repo.Seed002), Encoding.UTF8.GetBytes(text));
        var findings = result.Findings.Where(f => f.RuleId == OfficialCodeNameRule.Rule.Id).ToList();
        Assert.Equal(new[] { ("T2", 155), ("T3", 185), ("T5", 263) }, findings.Select(f => (f.Location.Table!, f.Location.Line!.Value)));
        Assert.All(findings, f =>
        {
            Assert.Equal(Severity.Warning, f.Severity);
            Assert.Equal("210 医疗卫生与计划生育支出", f.Location.Row);
            Assert.EndsWith("科目 210 自2019年起名称为“卫生健康支出”，表中仍为旧名称“医疗卫生与计划生育支出”", f.Message);
        });
    }
}

using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Kinds;

/// <summary>The seeds, the three 普陀区 决算 PDFs and the shipped example keep the kinds they had before one classifier decided them.</summary>
public class KnownDocumentKindTests
{
    [SharedTheory]
    [InlineData("000", DocumentKind.FinalAccounts)]
    [InlineData("001", DocumentKind.DepartmentEvaluation)]
    [InlineData("002", DocumentKind.FinalAccounts)]
    [InlineData("003", DocumentKind.SelfEvaluation)]
    [InlineData("004", DocumentKind.FinalAccounts)]
    public void Seed_keeps_its_kind(string seed, DocumentKind kind) => AssertKind(Repo.Seed(seed), kind);

    [SharedTheory]
    [InlineData("上海市普陀区财政局2024年度部门决算.pdf")]
    [InlineData("24年普陀区财政局（测试问题版本）.pdf")]
    [InlineData("附件2：部门决算模板.pdf")]
    public void Final_accounts_pdf_is_final_accounts(string name) => AssertKind(Repo.Corpus(name), DocumentKind.FinalAccounts);

    [Fact]
    public void Example_is_final_accounts() => AssertKind(Path.Combine(Repo.Root, "examples", "sample-final-accounts-2023.txt"), DocumentKind.FinalAccounts);

    private static void AssertKind(string path, DocumentKind kind)
    {
        var disclosure = new Auditor().Audit(path).Disclosure!;
        Assert.Equal(kind, disclosure.Kind);
        Assert.False(string.IsNullOrEmpty(disclosure.KindReason));
        Assert.NotNull(disclosure.KindLocation);
    }
}

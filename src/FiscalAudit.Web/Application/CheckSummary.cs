using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Pairing;
using FiscalAudit.Reports;
using FiscalAudit.Reports.Office;
using FiscalAudit.Web.Application.Organisation;
using FiscalAudit.Web.Storage.Entities;

namespace FiscalAudit.Web.Application;

/// <summary>Turns an audit result into the stored <see cref="CheckResult"/>, and copies a result onto the documents that show it.</summary>
public static class CheckSummary
{
    public static CheckResult From(string hash, AuditResult result, DateTime now)
    {
        var counts = DocumentSummary.Of(new DocumentReport(result.File, result.Disclosure, result.Findings, result.ReadError));
        return new CheckResult
        {
            Hash = hash,
            EngineVersion = EngineVersion.Current,
            DocumentJson = DocumentJson.Write(result),
            ReadError = result.ReadError,
            Kind = (result.Disclosure?.Kind ?? DocumentKind.Unknown).ToJsonName(),
            Level = result.Disclosure?.Level?.ToJsonName(),
            Department = result.Disclosure?.Department,
            Year = result.Disclosure?.Year,
            SetPart = DocumentSets.RoleOf(result)?.ToJsonName(),
            Errors = counts.Errors,
            Warnings = counts.Warnings,
            Infos = counts.Infos,
            IsTemplate = result.Disclosure?.IsTemplate ?? false,
            CheckedAt = now,
        };
    }

    /// <summary>Marks a document checked with this result (done, or failed with the reading error) and attributes it to a unit.</summary>
    public static void Apply(CheckResult result, Document document, UnitMatcher units)
    {
        document.Status = result.ReadError is null ? DocumentStatus.Done : DocumentStatus.Failed;
        document.Reason = result.ReadError;
        document.Kind = result.Kind;
        document.Level = result.Level;
        document.Department = result.Department;
        document.Year = result.Year;
        document.SetPart = result.SetPart;
        Show(result, document);
        document.FinishedAt = result.CheckedAt;
        Attributions.Apply(document, units);
    }

    /// <summary>
    /// Gives the document what its page and lists show of this result — its counts and whether it is a blank template —
    /// whenever a result becomes the one it shows: its own check, a pairing with its counterparts, or its own again when a pairing is removed.
    /// </summary>
    public static void Show(CheckResult result, Document document)
    {
        (document.Errors, document.Warnings, document.Infos) = (result.Errors, result.Warnings, result.Infos);
        document.IsTemplate = result.IsTemplate;
    }
}

using System.Text.Json;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Targets;

namespace FiscalAudit.Reports;

/// <summary>
/// Budgets only: "projectTargets":{"forms":[{"project","supervisor","implementer","total","fiscal","other","goal",
/// "location","indicators":[{"level1","level2","name","value","operator","number","unit","line"}]}],
/// "statement":{"count","total","projects":[{"name","amount"}],"location"}|null,"referrals":[locations]}. Numbers as printed.
/// </summary>
internal static class TargetJson
{
    public static void Write(Utf8JsonWriter w, Disclosure? disclosure)
    {
        if (disclosure?.Kind != DocumentKind.Budget) return;
        var targets = disclosure.ProjectTargets;
        w.WriteStartObject("projectTargets");
        w.WriteStartArray("forms");
        foreach (var form in targets.Forms) WriteForm(w, form);
        w.WriteEndArray();
        if (targets.Statement is { } s)
        {
            w.WriteStartObject("statement");
            JsonValues.WriteNumberOrNull(w, "count", s.Count?.Number.Value);
            JsonValues.WriteNumberOrNull(w, "total", s.Total?.Number.Value);
            w.WriteStartArray("projects");
            foreach (var p in s.Projects)
            {
                w.WriteStartObject();
                w.WriteString("name", p.Name);
                w.WriteNumber("amount", p.Amount.Number.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            JsonValues.WriteLocation(w, "location", s.Location);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("statement");
        }
        w.WriteStartArray("referrals");
        foreach (var r in targets.Referrals)
        {
            w.WriteStartObject();
            JsonValues.WriteLocationFields(w, r);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteForm(Utf8JsonWriter w, ProjectTargetForm form)
    {
        w.WriteStartObject();
        w.WriteString("project", form.Project.Text);
        JsonValues.WriteStringOrNull(w, "supervisor", form.Supervisor?.Text);
        JsonValues.WriteStringOrNull(w, "implementer", form.Implementer?.Text);
        JsonValues.WriteNumberOrNull(w, "total", form.Total?.Number.Value);
        JsonValues.WriteNumberOrNull(w, "fiscal", form.Fiscal?.Number.Value);
        JsonValues.WriteNumberOrNull(w, "other", form.Other?.Number.Value);
        JsonValues.WriteStringOrNull(w, "goal", form.Goal?.Text);
        JsonValues.WriteLocation(w, "location", form.Location);
        w.WriteStartArray("indicators");
        foreach (var i in form.Indicators)
        {
            w.WriteStartObject();
            JsonValues.WriteStringOrNull(w, "level1", i.Level1);
            JsonValues.WriteStringOrNull(w, "level2", i.Level2);
            w.WriteString("name", i.Name);
            w.WriteString("value", i.Value.Text);
            w.WriteString("operator", i.Value.Operator.ToString());
            JsonValues.WriteNumberOrNull(w, "number", i.Value.Value?.Value);
            JsonValues.WriteStringOrNull(w, "unit", i.Value.Unit);
            JsonValues.WriteNumberOrNull(w, "line", i.Location.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}

// The batch page: sortable columns, filters, and live progress from the server-sent events of
// GET /api/batches/{id}/events (one batch state a second until the batch is done).
(() => {
    const table = document.getElementById("documents");
    const labels = JSON.parse(table.dataset.labels);
    const body = table.tBodies[0];
    const rows = () => [...body.rows];

    // Sorting: click a header; again to reverse.
    const headers = [...table.tHead.rows[0].cells];
    headers.forEach((th, column) => th.addEventListener("click", () => {
        const descending = th.classList.contains("asc");
        headers.forEach(h => h.classList.remove("asc", "desc"));
        th.classList.add(descending ? "desc" : "asc");
        const numeric = th.dataset.sort === "num";
        const key = row => {
            const text = row.cells[column].innerText.trim();
            if (!numeric) return text;
            const n = parseFloat(text);
            return Number.isNaN(n) ? -Infinity : n;
        };
        const sorted = rows().sort((a, b) => {
            const x = key(a), y = key(b);
            const order = numeric ? x - y : String(x).localeCompare(String(y), "zh-CN");
            return descending ? -order : order;
        });
        sorted.forEach(row => body.appendChild(row));
    }));

    // Filtering.
    const text = document.getElementById("filter-text");
    const kind = document.getElementById("filter-kind");
    const status = document.getElementById("filter-status");
    const problems = document.getElementById("filter-problems");
    const shown = document.getElementById("shown");
    const filter = () => {
        const words = text.value.trim().toLowerCase();
        let count = 0;
        rows().forEach(row => {
            const visible = (!words || row.innerText.toLowerCase().includes(words))
                && (!kind.value || row.dataset.kind === kind.value)
                && (!status.value || row.dataset.status === status.value)
                && (!problems.checked || Number(row.querySelector("[data-field=errors]").innerText) > 0 || row.dataset.template === "true");
            row.hidden = !visible;
            if (visible) count++;
        });
        shown.textContent = `显示 ${count} / ${rows().length} 个文件`;
    };
    [text, kind, status, problems].forEach(control => control.addEventListener("input", filter));
    filter();

    // Live progress.
    const setCell = (row, field, value, css) => {
        const cell = row.querySelector(`[data-field=${field}]`);
        cell.textContent = value;
        if (css !== undefined) cell.className = css;
    };
    const duration = seconds => seconds >= 90 ? `约 ${Math.ceil(seconds / 60)} 分钟` : `约 ${Math.max(1, seconds)} 秒`;
    const show = batch => {
        const p = batch.progress;
        document.querySelectorAll("[data-count]").forEach(b => { b.textContent = p[b.dataset.count]; });
        const finished = p.done + p.failed + p.rejected;
        document.getElementById("progress-bar").style.width = `${p.total ? finished * 100 / p.total : 100}%`;
        const badge = document.getElementById("batch-status");
        badge.textContent = labels.batch[batch.status];
        badge.className = `badge batch-${batch.status}`;
        document.getElementById("exports").hidden = batch.status !== "done";
        const rechecking = batch.documents.filter(d => d.rechecking).length;
        document.getElementById("time-left").textContent =
            batch.status === "done" ? "全部审核完成"
            : rechecking > 0 ? `正在用当前版本重新审核 ${rechecking} 个文件`
            : p.secondsLeft == null ? "正在估算剩余时间…" : `预计还需${duration(p.secondsLeft)}`;
        batch.documents.forEach(d => {
            const row = body.querySelector(`tr[data-id="${d.id}"]`);
            if (!row || row.dataset.status === d.status && d.status !== "running") return;
            row.dataset.status = d.status;
            row.dataset.kind = d.kind || "";
            setCell(row, "department", d.department || "—");
            setCell(row, "year", d.year ?? "—");
            setCell(row, "kind", labels.levels[d.level] || labels.kinds[d.kind] || "—");
            // The counts are null while the document has no current result (queued, running — again, too — or not accepted).
            setCell(row, "errors", d.errors ?? "—", d.errors > 0 ? "num sev-error" : "num");
            setCell(row, "warnings", d.warnings ?? "—", d.warnings > 0 ? "num sev-warning" : "num");
            setCell(row, "infos", d.infos ?? "—", "num");
            if (!d.rechecking) row.querySelector(".rechecking")?.remove();
            row.dataset.template = String(d.template);
            const status = row.querySelector("[data-field=status]");
            status.innerHTML = `<span class="badge doc-${d.status}">${labels.statuses[d.status]}</span>`;
            if (d.template) {
                const note = document.createElement("div");
                note.className = "note template-note";
                note.textContent = labels.template;
                status.appendChild(note);
            }
            const name = row.querySelector(".file > span, .file > a");
            if ((d.status === "done" || d.status === "failed") && name.tagName !== "A") {
                const link = document.createElement("a");
                link.href = `/documents/${d.id}`;
                link.textContent = name.textContent;
                name.replaceWith(link);
            }
            // A running scan's reason tells how far its recognition has come; the result's reason replaces it.
            let reason = row.querySelector(".reason");
            if (d.reason && !reason) {
                reason = document.createElement("div");
                reason.className = "reason";
                row.querySelector(".file").appendChild(reason);
            }
            if (reason && d.reason) reason.textContent = d.reason;
            else if (reason) reason.remove();
        });
        filter();
    };

    const start = () => {
        const events = new EventSource(`/api/batches/${table.dataset.batch}/events`);
        events.onmessage = e => {
            const batch = JSON.parse(e.data);
            show(batch);
            if (batch.status === "done") events.close();
        };
    };
    if (table.dataset.status !== "done") start();
})();

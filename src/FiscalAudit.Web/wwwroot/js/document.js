// The document page: filters over the findings, the document beside them (PDF pages drawn by pdf.js with
// every finding's box over them, or the source lines), the extracted tables, and a click on a finding
// that goes to its place, flashes it and marks its related places. Everything shown comes from the
// stored JSON (GET /api/documents/{id}); nothing is computed here.
import * as pdfjs from "/lib/pdf.min.mjs";
import { addLastYearColumns, loadPreviousYear } from "./previous-year.js";
import { pairedDocuments, showRelatedInPairedDocuments } from "./paired-documents.js";

pdfjs.GlobalWorkerOptions.workerSrc = "/lib/pdf.worker.min.mjs";

const viewer = document.getElementById("viewer");
const findingItems = [...document.querySelectorAll(".finding[data-id]")];
const documentJson = fetch(viewer.dataset.document).then(r => r.json());

// ---- Filters: severity, rule and table, all on the client. ----
const filters = ["severity", "rule", "table"].map(name => [name, document.getElementById(`filter-${name}`)]);
const applyFilters = () => {
    let shown = 0;
    for (const item of findingItems) {
        const visible = filters.every(([name, select]) => !select.value || item.dataset[name] === select.value);
        item.hidden = !visible;
        if (visible) shown++;
    }
    // A severity heading or a part without visible findings is hidden with them.
    for (const list of document.querySelectorAll(".finding-pane ol")) {
        const empty = [...list.children].every(li => li.hidden);
        list.hidden = empty;
        list.previousElementSibling.hidden = empty;
    }
    for (const part of document.querySelectorAll(".finding-pane .part")) {
        part.hidden = [...part.querySelectorAll(".finding")].every(li => li.hidden);
    }
    document.getElementById("filter-count").textContent =
        shown === findingItems.length ? `共 ${shown} 条` : `显示 ${shown} 条，共 ${findingItems.length} 条`;
};
filters.forEach(([, select]) => select.addEventListener("change", applyFilters));
// Coming back to the page, the browser restores the selects' last values (after the scripts ran): the list follows them.
applyFilters();
window.addEventListener("pageshow", applyFilters);

// ---- Tabs: the source, the extracted tables. ----
const tabs = [...document.querySelectorAll(".tab[data-tab]")];
const showTab = name => {
    document.getElementById("zoom-controls").classList.toggle("off-tab", name !== "source");
    for (const tab of tabs) {
        tab.classList.toggle("active", tab.dataset.tab === name);
        document.getElementById(`tab-${tab.dataset.tab}`).hidden = tab.dataset.tab !== name;
    }
};
tabs.forEach(tab => tab.addEventListener("click", () => showTab(tab.dataset.tab)));
const activeTab = () => tabs.find(t => t.classList.contains("active")).dataset.tab;

// ---- Places: a location of the JSON and how it is found in the source lines and tables. ----
const sheetRow = cell => {
    const match = /^(.*)!\$?[A-Z]+\$?(\d+)/.exec(cell ?? "");
    return match ? `${match[1]}!${match[2]}` : null;
};
const sourceLinesOf = location => [...document.querySelectorAll(".source-lines li")].filter(li => {
    if (location.cell && li.dataset.cell) return sheetRow(li.dataset.cell) === sheetRow(location.cell);
    if (location.line == null || !li.dataset.line) return false;
    const line = Number(li.dataset.line);
    const samePage = (location.page ?? "") === (li.dataset.page ? Number(li.dataset.page) : "");
    return samePage && line >= location.line && line <= (location.endLine ?? location.line);
});
const tableCellsOf = location => location.table == null ? [] : [...document.querySelectorAll(`#tab-tables td[data-table="${CSS.escape(location.table)}"]`)]
    .filter(td => (location.row == null || td.dataset.row === location.row || td.dataset.label === location.row)
        && (location.column == null || td.dataset.column === location.column)
        && (location.row != null || location.column != null));

// ---- The PDF: every page drawn when it comes into view, every finding's box over it. ----
const pages = new Map(); // page number → { element, viewport, overlay }
const OUTPUT_SCALE = window.devicePixelRatio || 1;

const boxRectangle = (viewport, box) => {
    const [x0, y0, x1, y1] = viewport.convertToViewportRectangle([box.x0, box.y0, box.x1, box.y1]);
    return { left: Math.min(x0, x1), top: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
};

const placeBox = (page, box, className, finding) => {
    const rect = boxRectangle(page.viewport, box);
    const div = document.createElement("div");
    div.className = className;
    Object.assign(div.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    if (finding) {
        div.dataset.id = finding.id;
        div.title = `${finding.rule} ${finding.message}`;
        div.addEventListener("click", () => selectFinding(finding.id, { fromPage: true }));
    }
    page.overlay.append(div);
    return div;
};

// The pages are laid out again at another zoom (a fraction of the pane's width); a later layout
// cancels an earlier one still in progress.
const ZOOMS = [0.6, 0.75, 0.9, 1, 1.25, 1.5, 2, 2.5];
let zoom = 1;
let layout = 0;
let selected = null;

const layOutPages = async (pdf, findings) => {
    const generation = ++layout;
    const container = document.getElementById("pdf-pages");
    const draw = new IntersectionObserver(entries => entries.filter(e => e.isIntersecting).forEach(e => {
        draw.unobserve(e.target);
        renderPage(pages.get(Number(e.target.dataset.page)));
    }), { rootMargin: "600px 0px" });
    container.replaceChildren();
    pages.clear();
    const width = (container.clientWidth - 2) * zoom;
    for (let number = 1; number <= pdf.numPages; number++) {
        const page = await pdf.getPage(number);
        if (generation !== layout) {
            draw.disconnect();
            return;
        }
        const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
        const element = document.createElement("div");
        element.className = "pdf-page";
        element.dataset.page = number;
        element.dataset.scale = viewport.scale;
        element.style.width = `${viewport.width}px`;
        element.style.height = `${viewport.height}px`;
        const label = document.createElement("span");
        label.className = "page-label";
        label.textContent = `第 ${number} 页 / 共 ${pdf.numPages} 页`;
        const overlay = document.createElement("div");
        overlay.className = "overlay";
        element.append(label, overlay);
        container.append(element);
        const entry = { element, viewport, overlay, page };
        pages.set(number, entry);
        for (const finding of findings.filter(f => f.location.box?.page === number)) {
            placeBox(entry, finding.location.box, `box sev-${finding.severity}`, finding);
        }
        draw.observe(element);
    }
    viewer.dataset.pdfReady = "true";
    if (selected) selectFinding(selected);
};

const showPdf = async findings => {
    const status = document.getElementById("pdf-status");
    let pdf;
    try {
        pdf = await pdfjs.getDocument({ url: viewer.dataset.file }).promise;
    } catch {
        status.textContent = "无法在浏览器中显示此 PDF，请使用上方“下载原文件”查看。";
        return;
    }
    const zoomLabel = document.getElementById("zoom-level");
    const setZoom = step => {
        zoom = ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, ZOOMS.indexOf(zoom) + step))];
        zoomLabel.textContent = `${Math.round(zoom * 100)}%`;
        delete viewer.dataset.pdfReady;
        layOutPages(pdf, findings);
    };
    document.getElementById("zoom-out").addEventListener("click", () => setZoom(-1));
    document.getElementById("zoom-in").addEventListener("click", () => setZoom(1));
    document.getElementById("zoom-controls").hidden = false;
    await layOutPages(pdf, findings);
};

const renderPage = async entry => {
    if (entry.rendered) return entry.rendered;
    entry.rendered = (async () => {
        const canvas = document.createElement("canvas");
        canvas.width = Math.floor(entry.viewport.width * OUTPUT_SCALE);
        canvas.height = Math.floor(entry.viewport.height * OUTPUT_SCALE);
        canvas.style.width = `${entry.viewport.width}px`;
        canvas.style.height = `${entry.viewport.height}px`;
        entry.element.prepend(canvas);
        await entry.page.render({
            canvas,
            viewport: entry.viewport,
            transform: OUTPUT_SCALE === 1 ? undefined : [OUTPUT_SCALE, 0, 0, OUTPUT_SCALE, 0, 0],
        }).promise;
        entry.element.dataset.rendered = "true";
    })();
    return entry.rendered;
};

// ---- The extracted tables, as tables: amounts with thousands separators, decimals as stored. ----
const amount = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 20 });
const showTables = (tables, previous) => {
    const host = document.getElementById("tab-tables");
    host.replaceChildren();
    if (tables.length === 0) {
        host.innerHTML = '<p class="empty">没有从该文件中提取到表格。</p>';
        return;
    }
    for (const table of tables) {
        const section = document.createElement("section");
        section.className = "extracted";
        const title = document.createElement("h3");
        const where = table.location?.page ? `（第 ${table.location.page} 页）` : "";
        title.textContent = `${table.title}${where}`;
        section.append(title);
        if (table.noDataNote) {
            const note = document.createElement("p");
            note.className = "note";
            note.textContent = table.noDataNote;
            section.append(note);
        }
        const columns = [...new Set(table.rows.flatMap(r => Object.keys(r.cells)))];
        const hasCodes = table.rows.some(r => r.code);
        const hasSides = table.rows.some(r => r.side);
        const grid = document.createElement("table");
        grid.className = "grid extracted-grid";
        const head = grid.createTHead().insertRow();
        for (const name of [...(hasCodes ? ["科目编码"] : []), "项目", ...(hasSides ? ["收支"] : []), ...columns]) {
            const th = document.createElement("th");
            th.textContent = name;
            if (columns.includes(name)) th.dataset.column = name;
            head.append(th);
        }
        const body = grid.createTBody();
        for (const row of table.rows) {
            const tr = body.insertRow();
            const label = row.code ? `${row.code} ${row.name}` : row.name;
            if (hasCodes) tr.insertCell().textContent = row.code ?? "";
            const name = tr.insertCell();
            name.className = "row-name";
            name.textContent = row.name;
            if (hasSides) tr.insertCell().textContent = row.side ?? "";
            for (const column of columns) {
                const td = tr.insertCell();
                const value = row.cells[column];
                td.className = "num";
                td.textContent = value == null ? "" : amount.format(value);
                Object.assign(td.dataset, { table: table.id, row: row.name, label, column });
            }
        }
        addLastYearColumns(grid, table, previous, viewer.dataset.year, amount.format);
        const scroller = document.createElement("div");
        scroller.className = "table-scroll";
        scroller.append(grid);
        section.append(scroller);
        host.append(section);
    }
};

// ---- Selecting a finding: its place flashed, its related places marked. ----
let byId = new Map();
const clearMarks = () => {
    document.querySelectorAll(".finding.selected").forEach(e => e.classList.remove("selected"));
    document.querySelectorAll(".box.current").forEach(e => e.classList.remove("current", "flash"));
    document.querySelectorAll(".box.related").forEach(e => e.remove());
    document.querySelectorAll(".hit, .related-hit").forEach(e => e.classList.remove("hit", "related-hit", "flash"));
};
// Scrolls a place to the middle of its own pane, with the two panes filling the window; the page
// header and the pane's tabs and filters stay where they are.
const scrollWithin = (element, smooth) => {
    const top = viewer.getBoundingClientRect().top;
    if (Math.abs(top - 12) > 1) window.scrollBy({ top: top - 12 });
    const pane = element.closest(".document-pane, .finding-pane");
    const paneBox = pane.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    pane.scrollBy({ top: box.top - paneBox.top - (pane.clientHeight - box.height) / 2, behavior: smooth ? "smooth" : "auto" });
    // A zoomed page or a wide table also scrolls sideways, to bring the place into the middle.
    const across = element.closest("#tab-source, .table-scroll");
    if (across && across.scrollWidth > across.clientWidth) {
        const acrossBox = across.getBoundingClientRect();
        across.scrollBy({ left: box.left - acrossBox.left - (across.clientWidth - box.width) / 2 });
    }
};
const flash = element => {
    element.classList.remove("flash");
    void element.offsetWidth; // restart the animation
    element.classList.add("flash");
};

const selectFinding = async (id, { fromPage = false } = {}) => {
    const finding = byId.get(id);
    const item = document.getElementById(`f-${id}`);
    if (!finding || !item) return;
    clearMarks();
    selected = id;
    item.classList.add("selected");
    if (fromPage) scrollWithin(item, true);

    // The related places first, so that the finding's own place is the one scrolled to.
    for (const related of finding.related.filter(r => !r.file)) { // a place in a paired document is named on the finding
        if (related.box && pages.has(related.box.page)) {
            const entry = pages.get(related.box.page);
            const mark = placeBox(entry, related.box, "box related", null);
            mark.dataset.relatedOf = id;
            mark.title = `相关位置：${related.text}`;
            renderPage(entry);
        }
        sourceLinesOf(related).forEach(e => e.classList.add("related-hit"));
        tableCellsOf(related).forEach(e => e.classList.add("related-hit"));
    }

    const own = finding.location;
    const targets = [];
    if (own.box && pages.has(own.box.page)) {
        const entry = pages.get(own.box.page);
        const box = entry.overlay.querySelector(`.box[data-id="${CSS.escape(id)}"]`);
        box.classList.add("current");
        targets.push(["source", box]);
        renderPage(entry);
    } else if (own.page && pages.has(own.page)) {
        targets.push(["source", pages.get(own.page).element]);
    }
    const lines = sourceLinesOf(own);
    lines.forEach(e => e.classList.add("hit"));
    if (lines.length) targets.push(["source", lines[0]]);
    const cells = tableCellsOf(own);
    cells.forEach(e => e.classList.add("hit"));
    if (cells.length) targets.push(["tables", cells[0]]);

    const target = targets.find(([tab]) => tab === activeTab()) ?? targets[0];
    if (!target) return;
    showTab(target[0]);
    if (!fromPage) scrollWithin(target[1], false);
    flash(target[1]);
};

for (const item of findingItems) {
    item.addEventListener("click", event => {
        if (event.target.closest("a")) return;
        selectFinding(item.dataset.id);
    });
    item.addEventListener("keydown", event => {
        if (event.key === "Enter") selectFinding(item.dataset.id);
    });
}

const [json, previous] = await Promise.all([documentJson, loadPreviousYear(viewer)]);
byId = new Map(json.findings.map(f => [f.id, f]));
showRelatedInPairedDocuments(json.findings, pairedDocuments(viewer));
showTables(json.tables ?? [], previous);
if (viewer.dataset.format === "pdf") await showPdf(json.findings);
viewer.dataset.ready = "true";

// Last year's document beside this one (the same unit's document of the same kind for the year before, when
// the page names it): its figures in the extracted tables — same table, same row (by code, else by name, and
// side), same column. The findings' related places in it are named by paired-documents.js.

const compact = text => (text ?? "").replace(/\s+/g, "");
const rowKey = row => `${row.side ?? ""}|${row.code ? row.code : compact(row.name)}`;

/// Last year's document JSON, or null when the page names none or it cannot be read.
export const loadPreviousYear = async viewer => {
    const { previous, previousYear, previousPage, previousFile } = viewer.dataset;
    if (!previous) return null;
    const json = await fetch(previous).then(r => (r.ok ? r.json() : null)).catch(() => null);
    return json && { json, year: previousYear, page: previousPage, file: previousFile };
};

/// Adds, after every figure column of an extracted table, last year's figure of the same row; the header
/// names both years. Tables last year's document does not have are left alone.
export const addLastYearColumns = (grid, table, previous, thisYear, format) => {
    const earlier = previous?.json.tables?.find(t => t.id === table.id);
    if (!earlier) return;
    const rows = new Map(earlier.rows.map(r => [rowKey(r), r]));
    const head = grid.tHead.rows[0];
    const years = grid.tHead.insertRow();
    for (const th of [...head.cells]) {
        if (!th.dataset.column) {
            th.rowSpan = 2;
            continue;
        }
        th.colSpan = 2;
        for (const [label, className] of [[`${thisYear}年`, "this-year"], [`${previous.year}年`, "last-year"]]) {
            const year = document.createElement("th");
            year.textContent = label;
            year.className = className;
            years.append(year);
        }
    }
    table.rows.forEach((row, i) => {
        const last = rows.get(rowKey(row));
        for (const td of [...grid.tBodies[0].rows[i].cells].filter(c => c.dataset.column)) {
            const value = last?.cells[td.dataset.column];
            const cell = document.createElement("td");
            cell.className = "num last-year";
            cell.textContent = value == null ? "" : format(value);
            if (value != null) cell.title = `${previous.year}年“${previous.file}”同一行`;
            td.after(cell);
        }
    });
    grid.classList.add("with-last-year");
};

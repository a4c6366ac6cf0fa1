// The documents this one was checked with (the same unit's document of the year before, and for a 部门决算 the
// budget of the same year, when the page names them): on each finding, its related places in such a document
// are named, with a link to it. The viewer draws only the places in this document.

/// The paired documents the page names: { file, page, label, link }.
export const pairedDocuments = viewer => {
    const { previousPage, previousYear, previousFile, budgetPage, budgetYear, budgetFile } = viewer.dataset;
    return [
        previousPage && { file: previousFile, page: previousPage, label: "上年文件", link: `打开${previousYear}年文件` },
        budgetPage && { file: budgetFile, page: budgetPage, label: "本年预算", link: `打开${budgetYear}年预算` },
    ].filter(Boolean);
};

/// The paired document a related place is in: the one of its file name, else the only one.
const ownerOf = (place, documents) =>
    documents.find(d => d.file === place.file) ?? (documents.length === 1 ? documents[0] : null);

/// On each finding, one line per paired document it has related places in, naming them with a link to that document.
export const showRelatedInPairedDocuments = (findings, documents) => {
    if (documents.length === 0) return;
    for (const finding of findings) {
        const item = document.getElementById(`f-${finding.id}`);
        if (!item) continue;
        const lines = [];
        for (const paired of documents) {
            const places = finding.related.filter(r => r.file && ownerOf(r, documents) === paired);
            if (places.length === 0) continue;
            const line = document.createElement("p");
            line.className = "related-other";
            line.append(`${paired.label}相关位置：${places.map(p => p.text).join("；")} `);
            const link = document.createElement("a");
            link.href = paired.page;
            link.textContent = paired.link;
            link.title = paired.file;
            line.append(link);
            lines.push(line);
        }
        item.querySelector(".message").after(...lines);
    }
};

// The document page's review: beside every finding its decision (确认问题 / 已忽略 with the reason), its
// notes and, on a corrected version, whether it remains or is new; the buttons 确认问题 / 忽略 / 备注 / 撤销;
// the state buttons, the decisions file and the corrected version's upload. Every change goes to the API
// (with the page's anti-forgery token) and the page is reloaded to show it with the history.
const panel = document.getElementById("review");
const token = panel.querySelector("input[name=__RequestVerificationToken]").value;
const api = panel.dataset.api;
const canDecide = panel.dataset.decide === "true";
const canNote = panel.dataset.note === "true";

const element = (tag, className, text) => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
};

const send = async (path, body, headers = { "Content-Type": "application/json" }) => {
    const response = await fetch(`${api}${path}`, { method: "POST", headers: { ...headers, RequestVerificationToken: token }, body });
    let answer = {};
    try { answer = await response.json(); } catch { answer = {}; }
    if (!response.ok) throw new Error(answer.error || "操作失败，请重试。");
    return answer;
};

const showError = (place, error) => {
    let line = place.querySelector(".review-error");
    if (!line) {
        line = element("p", "review-error");
        place.append(line);
    }
    line.textContent = error.message;
};

const act = async (place, path, body) => {
    try {
        await send(path, JSON.stringify(body));
        location.reload();
    } catch (error) {
        showError(place, error);
    }
};

// 2024-06-30 14:05 in the browser's time, as the pages print times.
const when = at => {
    const time = new Date(at);
    const two = n => String(n).padStart(2, "0");
    return Number.isNaN(time.getTime()) ? at
        : `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())} ${two(time.getHours())}:${two(time.getMinutes())}`;
};

// An inline form asking for a text: the reason of 忽略 (required), a 确认问题 remark, a 备注.
const ask = (line, label, required, submit) => {
    line.querySelector(".review-form")?.remove();
    const form = element("form", "review-form");
    const text = element("textarea");
    text.maxLength = 2000;
    text.rows = 2;
    text.placeholder = label;
    text.setAttribute("aria-label", label);
    const ok = element("button", "primary", "确定");
    ok.type = "submit";
    const cancel = element("button", "", "取消");
    cancel.type = "button";
    cancel.addEventListener("click", () => form.remove());
    form.append(text, ok, cancel);
    text.addEventListener("input", () => form.querySelector(".review-error")?.remove());
    form.addEventListener("submit", event => {
        event.preventDefault();
        if (required && !text.value.trim()) {
            showError(form, new Error(`请填写${label.replace(/（.*）/, "")}。`));
            return;
        }
        submit(text.value.trim(), form);
    });
    line.append(form);
    text.focus();
};

const decorate = finding => {
    const item = document.querySelector(`.finding[data-id="${CSS.escape(finding.id)}"]`);
    if (!item) return;
    const line = element("div", "review-line");
    // The finding's own click (go to its place) is not for the review controls.
    line.addEventListener("click", event => event.stopPropagation());
    line.addEventListener("keydown", event => event.stopPropagation());
    const head = element("div", "review-head");
    if (finding.change) head.append(element("span", `change change-${finding.change}`, finding.change === "new" ? "新出现" : "仍存在"));
    if (finding.status !== "open") {
        head.append(element("span", `decision decision-${finding.status}`, finding.statusName));
        if (finding.reason) head.append(element("span", "decision-reason", finding.reason));
        head.append(element("span", "decision-by", `${finding.by} ${when(finding.at)}`));
    }
    const buttons = element("span", "review-buttons");
    const button = (text, handler, className = "") => {
        const b = element("button", `small ${className}`, text);
        b.type = "button";
        b.addEventListener("click", handler);
        buttons.append(b);
    };
    if (canDecide && finding.status !== "confirmed")
        button("确认问题", () => ask(line, "说明（可选）", false, (reason, form) => act(form, `/findings/${finding.id}/decision`, { status: "confirmed", reason })), "confirm");
    if (canDecide && finding.status !== "waived")
        button("忽略", () => ask(line, "忽略理由（必填）", true, (reason, form) => act(form, `/findings/${finding.id}/decision`, { status: "waived", reason })), "waive");
    if (canDecide && finding.status !== "open")
        button("撤销结论", () => act(line, `/findings/${finding.id}/decision`, { status: "open", reason: "" }));
    if (canNote) button("备注", () => ask(line, "备注内容", true, (text, form) => act(form, `/findings/${finding.id}/notes`, { text })));
    head.append(buttons);
    line.append(head);
    if (finding.notes.length) {
        const notes = element("ul", "notes");
        for (const note of finding.notes) {
            const li = element("li");
            li.append(element("span", "note-by", `${note.by}（${when(note.at)}）：`), document.createTextNode(note.text));
            notes.append(li);
        }
        line.append(notes);
    }
    item.append(line);
    item.classList.toggle("waived", finding.status === "waived");
};

const review = await (await fetch(panel.dataset.review)).json();
review.findings.forEach(decorate);

for (const b of document.querySelectorAll(".state-action")) {
    b.addEventListener("click", () => {
        // Approving a blank template is asked first: it shows no problems, but only its completeness was checked.
        // The API refuses such a move unless the answer is sent with it.
        if (b.dataset.confirm && !window.confirm(b.dataset.confirm)) return;
        act(document.getElementById("state-actions"), "/state",
            { action: b.dataset.action, comment: document.getElementById("state-comment").value.trim(), confirmed: Boolean(b.dataset.confirm) });
    });
}

document.getElementById("import-decisions")?.addEventListener("change", async event => {
    const file = event.target.files[0];
    if (!file) return;
    try {
        const answer = await send("/decisions", await file.arrayBuffer(), { "Content-Type": "application/json", "X-File-Name": encodeURIComponent(file.name) });
        sessionStorage.setItem("review-notice", answer.message);
        location.reload();
    } catch (error) {
        showError(panel.querySelector(".review-files"), error);
    }
});
const notice = sessionStorage.getItem("review-notice");
if (notice) {
    sessionStorage.removeItem("review-notice");
    panel.querySelector(".review-files").append(element("p", "notice", notice));
}

const versionForm = document.getElementById("version-form");
if (versionForm) {
    const input = document.getElementById("version-file");
    const status = document.getElementById("version-status");
    input.addEventListener("change", () => {
        document.getElementById("version-chosen").textContent = input.files.length ? input.files[0].name : "尚未选择文件";
        document.getElementById("version-button").disabled = input.files.length === 0;
    });
    versionForm.addEventListener("submit", async event => {
        event.preventDefault();
        const data = new FormData();
        data.append("files", input.files[0], input.files[0].name);
        status.classList.remove("error");
        status.textContent = "正在上传…";
        document.getElementById("version-button").disabled = true;
        try {
            const answer = await send("/versions", data, {});
            location.href = `/documents/${answer.id}`;
        } catch (error) {
            status.classList.add("error");
            status.textContent = error.message;
            document.getElementById("version-button").disabled = false;
        }
    });
}
panel.dataset.ready = "true";

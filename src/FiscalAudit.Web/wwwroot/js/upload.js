// The upload form: files and folders are sent together to POST /api/batches, with the upload's
// progress and the page's anti-forgery token; on success the batch page opens, on failure the server's
// Chinese message is shown.
(() => {
    const form = document.getElementById("upload-form");
    const inputs = [...form.querySelectorAll("input[type=file]")];
    const chosen = document.getElementById("chosen");
    const button = document.getElementById("upload-button");
    const status = document.getElementById("upload-status");

    const files = () => inputs.flatMap(input => [...input.files]);

    inputs.forEach(input => input.addEventListener("change", () => {
        const all = files();
        const bytes = all.reduce((sum, f) => sum + f.size, 0);
        chosen.textContent = all.length === 0 ? "尚未选择文件" : `已选择 ${all.length} 个文件，共 ${(bytes / 1048576).toFixed(1)} MB`;
        button.disabled = all.length === 0;
    }));

    form.addEventListener("submit", event => {
        event.preventDefault();
        const data = new FormData();
        files().forEach(f => data.append("files", f, f.webkitRelativePath || f.name));
        const request = new XMLHttpRequest();
        request.open("POST", form.action);
        request.setRequestHeader("RequestVerificationToken", form.querySelector("input[name=__RequestVerificationToken]").value);
        request.upload.onprogress = e => {
            if (e.lengthComputable) status.textContent = `正在上传… ${Math.floor(e.loaded * 100 / e.total)}%`;
        };
        request.onload = () => {
            let answer = {};
            try { answer = JSON.parse(request.responseText); } catch { answer = {}; }
            if (request.status >= 200 && request.status < 300 && answer.id) {
                location.href = `/batches/${answer.id}`;
                return;
            }
            status.classList.add("error");
            status.textContent = answer.error || "上传失败，请重试。";
            button.disabled = false;
        };
        request.onerror = () => {
            status.classList.add("error");
            status.textContent = "上传中断：无法连接服务器，请检查后重试。";
            button.disabled = false;
        };
        status.classList.remove("error");
        status.textContent = "正在上传…";
        button.disabled = true;
        request.send(data);
    });
    // Files chosen before this point are not seen (no "change" listener yet): a script that drives the page waits for the mark.
    form.dataset.ready = "true";
})();

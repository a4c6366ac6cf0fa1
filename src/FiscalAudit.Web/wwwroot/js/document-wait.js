// The page of a document that waits for its check (queued or running, first or again with the current engine): it asks
// every few seconds whether the result is stored (GET /api/documents/{id} answers 409 until then) and then shows it.
const waiting = document.getElementById("check-waiting");
const every = 3000;
const poll = async () => {
    try {
        const response = await fetch(waiting.dataset.document, { headers: { Accept: "application/json" } });
        if (response.status !== 409) {
            location.reload();
            return;
        }
    } catch {
        // The server is unreachable for a moment: ask again.
    }
    setTimeout(poll, every);
};
if (waiting) setTimeout(poll, every);

// The Catalog screen's import form (editors and admins): a file chosen, parsed and handed to the
// page's import (import-progress.js), which this form draws: progress bar, counts, Cancel between
// chunks, and the outcome with a refused chunk's errors named by their line in the file.

import { el } from "./dom.js";
import { parseCatalogFile, outcomeView } from "./catalog-import.js";
import { importState, importRunning, onImportChange, startImport, cancelImport, markImportSeen } from "./import-progress.js";

const number = (n) => Number(n).toLocaleString("en-GB");

/**
 * The import form, drawn from the page's import (import-progress.js): searching, paging or leaving the
 * screen and coming back draws the same progress and Cancel while it runs, and its outcome once it
 * ended, until that outcome has been shown here once. showCatalog() draws the Catalog screen again.
 */
export function importPanel(showCatalog) {
  const file = el("input", { type: "file", id: "import-file", name: "file", accept: ".json,.ndjson,.jsonl,application/json",
    "aria-describedby": "import-help import-busy" });
  const start = el("button", { type: "submit", class: "primary", id: "import-start" }, "Import");
  const cancel = el("button", { type: "button", id: "import-cancel", hidden: true }, "Cancel");
  const busy = el("p", { class: "help", id: "import-busy", hidden: true },
    "An import is running: another can start once it has ended or been cancelled.");
  const live = el("div", { id: "import-live", tabindex: "-1" });
  const form = el("form", { class: "catalog-import", "aria-labelledby": "import-title" },
    el("h2", { id: "import-title" }, "Import items"),
    el("div", { class: "field" }, el("label", { for: "import-file" }, "Catalog file"), file,
      el("p", { class: "help muted", id: "import-help" }, "A JSON array of items, an object {\"items\": [...]}, or NDJSON " +
        "(one item per line). Items are sent 5,000 at a time and replace the items with the same id."), busy),
    el("p", { class: "actions" }, start, " ", cancel),
    live);
  cancel.addEventListener("click", cancelImport);
  const refuse = (state, message) => {
    live.replaceChildren(el("p", { class: "error", role: "alert", id: "import-outcome", "data-state": state }, message));
    file.focus();
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (importRunning()) return;
    if (!file.files.length) return refuse("no-file", "Choose a file first.");
    const chosen = file.files[0];
    let parsed;
    try {
      parsed = parseCatalogFile(await chosen.text(), chosen.name);
    } catch (e) {
      return refuse("unreadable", `Nothing was imported: ${chosen.name} could not be read. ${e.message}`);
    }
    if (!parsed.items.length) return refuse("empty", `Nothing was imported: ${chosen.name} holds no items.`);
    startImport(parsed, chosen.name);
  });
  const progress = importProgressView(live, showCatalog);
  const stop = onImportChange((state) => (form.isConnected ? draw(state, true) : stop()));
  function draw(state, watched) {
    const running = state.phase === "running";
    start.disabled = running;
    file.disabled = running;
    busy.hidden = !running;
    cancel.hidden = !running;
    cancel.disabled = Boolean(state.cancelling);
    cancel.textContent = state.cancelling ? "Cancelling after this chunk…" : "Cancel";
    if (running) form.setAttribute("aria-busy", "true");
    else form.removeAttribute("aria-busy");
    // a screen drawn after the outcome was shown once offers a fresh form, as before an import
    if (state.phase === "idle" || (state.phase === "ended" && state.seen && !progress.shows(state))) return;
    progress.draw(state, watched);
  }
  draw(importState(), false);
  return form;
}

/** The progress bar, counts and outcome of one import inside live; the outcome takes focus when watched. */
function importProgressView(live, showCatalog) {
  let id = null;
  let bar, counter, chunkNote, announce, ended;
  const say = (text) => { if (announce.textContent !== text) announce.textContent = text; };
  return {
    shows: (state) => state.id === id,
    draw(state, watched) {
      if (state.id !== id) {
        id = state.id;
        ended = false;
        bar = el("progress", { id: "import-bar", max: String(state.total), value: "0", "aria-label": "Import progress" });
        counter = el("span", { id: "import-count" });
        chunkNote = el("span", { class: "muted", id: "import-chunk" });
        announce = el("p", { class: "visually-hidden", role: "status", id: "import-status" },
          `Importing ${number(state.total)} items`);
        live.replaceChildren(el("div", { class: "working", id: "import-progress" }, bar, counter, chunkNote), announce);
      }
      bar.value = state.imported;
      counter.textContent = `${number(state.imported)} of ${number(state.total)} items imported`;
      if (state.phase === "running") {
        chunkNote.textContent = state.chunks ? ` · sending chunk ${state.chunk + 1} of ${state.chunks}…` : "";
        if (state.imported > 0) say(counter.textContent);
        return;
      }
      chunkNote.textContent = "";
      if (ended) return;
      ended = true;
      const outcome = state.outcome;
      live.append(outcomeView(outcome, state.unit));
      say(outcome.state === "done" ? `Imported all ${number(outcome.total)} items.` : "");
      let focus = live;
      if (outcome.state === "done") {
        focus = el("button", { type: "button", id: "import-show", onclick: () => showCatalog() }, "Show the catalog");
        live.append(el("p", {}, focus));
      }
      markImportSeen();
      if (watched) focus.focus();
    },
  };
}

// The search index screen: how many index updates wait in the outbox, the last rebuild, and (for
// administrators) a rebuild from the database. A rebuild runs on the server; this screen follows it
// by polling the state every half second and shows the updates applied so far in a progress bar,
// until it is done or failed. Leaving the screen stops the polling, not the rebuild.

import { get, request } from "./api.js";
import { el, show, showError, loading, status, focusMain } from "./dom.js";
import { can } from "./session.js";
import { when } from "./workflow.js";
import { count } from "./form-errors.js";

const POLL_MS = 500;
const mayRebuild = () => can("admin");
let polling = null;

function stopPolling() {
  if (polling) clearTimeout(polling);
  polling = null;
}

/** Seconds between two instants, for "took 3 s". */
function took(progress) {
  if (!progress.startedAt || !progress.finishedAt) return "";
  const seconds = Math.max(0, Math.round((Date.parse(progress.finishedAt) - Date.parse(progress.startedAt)) / 1000));
  return ` in ${seconds} s`;
}

/** What the state says, as the panel shows it: a progress bar while running, a result after. */
function progressPanel(state) {
  const p = state.reindex;
  const applied = Math.max(0, p.total - p.remaining);
  switch (p.state) {
    case "running":
      return el("div", { class: "working", id: "reindex-progress", "data-state": "running" },
        el("progress", { id: "reindex-bar", max: String(Math.max(p.total, 1)), value: String(applied),
          "aria-label": "Rebuild progress" }),
        el("span", { id: "reindex-count" }, `${applied} of ${count(p.total, "index update")} applied`),
        el("span", { class: "muted" }, ` · started ${when(p.startedAt)}`));
    case "done":
      return el("p", { class: "notice", id: "reindex-progress", "data-state": "done" },
        `The last rebuild applied all ${count(p.total, "index update")}${took(p)}, finished ${when(p.finishedAt)}.`);
    case "failed":
      return el("div", { class: "error", role: "alert", id: "reindex-progress", "data-state": "failed" },
        el("p", {}, `The last rebuild stopped with ${p.remaining} of ${count(p.total, "index update")} not applied` +
          (p.finishedAt ? ` (${when(p.finishedAt)})` : "") + ". The waiting updates stay queued and are retried in the " +
          "background; search and delivery see the old index until they are applied."),
        el("p", { id: "reindex-error" }, state.lastError
          ? ["Elasticsearch said: ", el("code", {}, state.lastError)]
          : "The server did not record why; its log has the reason."));
    default:
      return el("p", { class: "muted", id: "reindex-progress", "data-state": "none" },
        "The index has not been rebuilt since the server started.");
  }
}

function render(state) {
  const running = state.reindex.state === "running";
  const button = mayRebuild()
    ? el("button", { type: "button", class: "primary", id: "reindex-start", disabled: running,
      onclick: () => start(button) }, running ? "Rebuilding…" : "Rebuild the index")
    : null;
  show(
    el("h1", {}, "Search index"),
    el("p", { class: "muted" }, "Search and delivery read Elasticsearch indices that the server keeps up to date from the " +
      "database through an outbox of index updates. A rebuild queues every surface again (its published version and " +
      "its current content) and applies them in order; use it after restoring the database or when the index looks wrong."),
    el("dl", { class: "figures" },
      el("dt", {}, "Index updates waiting"), el("dd", { id: "index-pending" }, String(state.pending))),
    el("section", { "aria-labelledby": "reindex-title" },
      el("h2", { id: "reindex-title" }, "Rebuild"),
      el("div", { role: "status", "aria-live": "polite", id: "reindex-live", tabindex: "-1" }, progressPanel(state)),
      button
        ? el("div", { class: "actions" }, button)
        : el("p", { class: "muted", id: "reindex-role" }, "Rebuilding the index needs the admin role; you can follow its progress here.")));
  status.textContent = running ? "Rebuilding the search index" : `Search index: ${count(state.pending, "update")} waiting`;
}

/** Polls until the rebuild is no longer running; a state that cannot be read is said, with a retry. */
function follow() {
  stopPolling();
  const screen = location.hash;
  polling = setTimeout(async () => {
    if (location.hash !== screen) return stopPolling();
    let state;
    try {
      state = await get("/admin/index");
    } catch (e) {
      if (location.hash !== screen) return;
      stopPolling();
      return showError(`The rebuild's progress could not be read: ${e.message} The rebuild goes on on the server; ` +
        "try again to follow it.", indexPage);
    }
    if (location.hash !== screen) return;
    updateProgress(state);
    if (state.reindex.state === "running") follow();
    else {
      stopPolling();
      render(state);
      // keyboard users get back the button they started from
      document.getElementById("reindex-start")?.focus();
    }
  }, POLL_MS);
}

/** Updates the bar in place while running, so the page does not flicker and focus stays. */
function updateProgress(state) {
  const bar = document.getElementById("reindex-bar");
  if (!bar || state.reindex.state !== "running") return;
  const p = state.reindex;
  const applied = Math.max(0, p.total - p.remaining);
  bar.max = Math.max(p.total, 1);
  bar.value = applied;
  document.getElementById("reindex-count").textContent = `${applied} of ${count(p.total, "index update")} applied`;
  document.getElementById("index-pending").textContent = String(state.pending);
}

async function start(button) {
  button.disabled = true;
  button.textContent = "Starting…";
  let state;
  try {
    state = (await request("/admin/index/reindex", { method: "POST" })).body;
  } catch (e) {
    button.disabled = false;
    button.textContent = "Rebuild the index";
    const error = el("p", { class: "error", role: "alert", id: "reindex-start-error" },
      `The rebuild could not be started: ${e.message}`);
    document.getElementById("reindex-start-error")?.remove();
    button.closest(".actions").before(error);
    return;
  }
  render(state);
  // the button is gone while it runs: keep the keyboard focus on the progress
  document.getElementById("reindex-live").focus();
  if (state.reindex.state === "running") follow();
}

export async function indexPage() {
  stopPolling();
  loading();
  let state;
  try {
    state = await get("/admin/index");
  } catch (e) {
    return showError("The search index state could not be loaded: " + e.message, indexPage);
  }
  render(state);
  if (state.reindex.state === "running") follow();
  focusMain();
}

// Moving a whole surface between installations: Export downloads the surface with its component types
// as one JSON document (GET /surfaces/{key}/export); Import sends such a document back
// (POST /surfaces/import), which the server validates whole: if anything is wrong nothing changes
// and every error names its path in the document (surface.slots[0].variants[2].content.headline).

import { request, paths } from "./api.js";
import { el, show, status, focusMain, surfaceHref, back } from "./dom.js";
import { can } from "./session.js";
import { problemKind } from "./form-errors.js";

// an import of a large surface validates and writes every variant in one transaction
const TIMEOUT_MS = 120000;

/**
 * A link that downloads the surface's export as <key>.json. It reads the export itself, so a failure
 * is said next to it rather than as a broken download; without scripts the link downloads directly.
 * A link, not a button: exporting changes nothing, and every role may do it.
 */
export function exportButton(key) {
  const error = el("span", { class: "error", role: "alert", id: "export-error", hidden: true });
  const link = el("a", { href: "/api/v1" + paths.surface(key) + "/export", download: key + ".json", class: "button",
    id: "surface-export", "aria-describedby": "export-help" }, "Export");
  let busy = false;
  link.addEventListener("click", async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    link.setAttribute("aria-busy", "true");
    link.textContent = "Exporting…";
    error.hidden = true;
    try {
      const bundle = (await request(paths.surface(key) + "/export")).body;
      const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2) + "\n"], { type: "application/json" }));
      const download = el("a", { href: url, download: key + ".json", hidden: true });
      document.body.append(download);
      download.click();
      download.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (e) {
      error.textContent = "The export failed: " + e.message;
      error.hidden = false;
    } finally {
      busy = false;
      link.removeAttribute("aria-busy");
      link.textContent = "Export";
    }
  });
  return el("p", { class: "export" }, link, " ",
    el("span", { class: "muted", id: "export-help" }, "Downloads the surface with its component types as a JSON file that Import takes on this or another installation."),
    " ", error);
}

/** The import screen: a bundle file, an optional comment, progress while the server works. */
export function surfaceImportPage() {
  if (!can("editor")) {
    show(back("#/surfaces", "All surfaces"), el("h1", {}, "Import a surface"),
      el("p", { class: "why-not", id: "surface-import-role" }, "Importing a surface needs the editor role."));
    return focusMain();
  }
  const file = el("input", { type: "file", id: "surface-import-file", name: "file", accept: ".json,application/json",
    "aria-describedby": "surface-import-help" });
  const comment = el("input", { type: "text", id: "surface-import-comment", name: "comment", maxlength: "500" });
  const start = el("button", { type: "submit", class: "primary", id: "surface-import-start" }, "Import");
  const cancel = el("button", { type: "button", id: "surface-import-cancel", hidden: true }, "Stop waiting");
  const live = el("div", { id: "surface-import-live", tabindex: "-1" });
  const form = el("form", { class: "surface-import", "aria-labelledby": "surface-import-title" },
    el("div", { class: "field" }, el("label", { for: "surface-import-file" }, "Surface file"), file,
      el("p", { class: "help muted", id: "surface-import-help" }, "A file made by a surface's Export. A surface with the " +
        "same key gets a new version; otherwise it is created, with the component types it needs that do not exist here.")),
    el("div", { class: "field" }, el("label", { for: "surface-import-comment" }, "Comment (optional, kept in the history)"), comment),
    el("p", { class: "actions" }, start, " ", cancel),
    live);
  let controller = null;
  cancel.addEventListener("click", () => controller?.abort());
  const fail = (...children) => {
    live.replaceChildren(el("div", { class: "error", role: "alert", id: "surface-import-outcome", "data-state": "refused" }, ...children));
    live.focus();
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!file.files.length) {
      fail("Choose a file first.");
      return file.focus();
    }
    const chosen = file.files[0];
    let bundle;
    try {
      bundle = JSON.parse(await chosen.text());
    } catch (e) {
      return fail(`Nothing was imported: ${chosen.name} is not valid JSON (${e.message}).`);
    }
    controller = new AbortController();
    start.disabled = true;
    file.disabled = true;
    cancel.hidden = false;
    const started = Date.now();
    const elapsed = el("span", { class: "elapsed", id: "surface-import-elapsed", "aria-live": "off" }, "0 s");
    const tick = setInterval(() => { elapsed.textContent = `${Math.round((Date.now() - started) / 1000)} s`; }, 1000);
    live.replaceChildren(el("div", { class: "working", role: "status", id: "surface-import-progress" },
      el("progress", { id: "surface-import-bar", "aria-label": "Import in progress" }),
      el("span", { class: "muted" }, `Importing ${chosen.name}: the server validates the whole surface, then writes it… `),
      elapsed));
    form.setAttribute("aria-busy", "true");
    try {
      const query = comment.value.trim() ? "?" + new URLSearchParams({ comment: comment.value.trim() }) : "";
      const result = (await request("/surfaces/import" + query,
        { method: "POST", body: bundle, timeout: TIMEOUT_MS, signal: controller.signal })).body;
      const s = result.surface;
      const types = result.componentTypesCreated || [];
      const link = el("a", { href: surfaceHref(s.key), id: "surface-import-link" }, `Open ${s.name}`);
      live.replaceChildren(el("div", { class: "notice", role: "status", id: "surface-import-outcome",
        "data-state": result.created ? "created" : "updated" },
        el("p", {}, result.created ? `Created the surface ${s.name} (${s.key}), version ${s.version}.`
          : `Imported ${s.name} (${s.key}) as its new version ${s.version}; nothing is published until it is reviewed.`),
        types.length ? el("p", {}, "Created the component types ", types.map((t, i) => [i ? ", " : null, el("code", {}, t)]), ".") : null,
        el("p", {}, link)));
      link.focus();
    } catch (e) {
      if (problemKind(e) === "cancelled") {
        fail("Stopped waiting. The server may still finish the import: look for the surface in the list before importing again.");
      } else if (e.errors.length) {
        fail(el("p", {}, `Nothing was imported: the server found ${e.errors.length === 1 ? "a problem" : e.errors.length + " problems"} in ${chosen.name}.`),
          el("ul", { class: "problem-errors", id: "surface-import-errors" }, e.errors.map((err) =>
            el("li", { "data-field": err.field || "" }, el("code", {}, err.field || "document"), " ", err.message))),
          el("p", {}, "Fix the file and import it again."));
      } else {
        fail(`The import failed: ${e.message}` + (e.status === 0 ? " If the server did not answer, it may still have imported " +
          "the surface: look for it in the list before importing again." : " Nothing was imported."));
      }
    } finally {
      clearInterval(tick);
      controller = null;
      form.removeAttribute("aria-busy");
      start.disabled = false;
      file.disabled = false;
      cancel.hidden = true;
    }
  });
  show(back("#/surfaces", "All surfaces"), el("h1", { id: "surface-import-title" }, "Import a surface"), form);
  status.textContent = "Import a surface";
  focusMain();
}

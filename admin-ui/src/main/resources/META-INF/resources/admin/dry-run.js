// The dry run of a policy: a draft (a stored version, or the editor's unsaved document) against
// synthetic visitors on a published surface, compared with what governs that surface now. The
// report shows pages, decisions, what changed, a per-rule table of how often each rule bites under
// either policy (with a bar chart in plain HTML), and examples of changed decisions.

import { get, request } from "./api.js";
import { el } from "./dom.js";
import { fieldId } from "./fields.js";

const MAX_VISITORS = 5000;

/**
 * A dry run panel. versions: the policy's history (newest first); editor: a PolicyEditor whose
 * unsaved document can be tried (offered first); preferred: the version selected at first.
 */
export function dryRunPanel({ key, versions = [], editor = null, preferred = null }) {
  const inputs = {};
  const wrap = (field, labelText, input, help) => {
    input.id = fieldId("dry-" + field);
    input.name = field;
    input.setAttribute("data-input", field);
    const helpId = help ? input.id + "-help" : null;
    if (helpId) input.setAttribute("aria-describedby", helpId);
    inputs[field] = input;
    return el("div", { class: "field inline", "data-field": field },
      el("label", { for: input.id }, labelText), input,
      help ? el("p", { class: "help muted", id: helpId }, help) : null);
  };
  const source = el("select", {},
    editor ? el("option", { value: "editor" }, "The editor's document (unsaved)") : null,
    versions.map((v) => el("option", { value: String(v.version) },
      `Version ${v.version}${v.active ? " (active)" : ""} · ${v.rules} rule${v.rules === 1 ? "" : "s"}`)));
  if (preferred != null && !editor) source.value = String(preferred);
  const surface = el("select", { disabled: true }, el("option", { value: "" }, "Loading the published surfaces…"));
  const visitors = el("input", { type: "number", min: "1", max: String(MAX_VISITORS), step: "1", value: "200" });
  const seed = el("input", { type: "number", step: "1", value: "1" });
  const run = el("button", { type: "submit", class: "primary", "data-action": "dry-run", disabled: true }, "Run the dry run");
  const result = el("div", { class: "dry-run-result", id: "dry-run-result" });
  // the report itself is long: screen readers hear a one-line summary of it
  const announce = el("p", { class: "visually-hidden", role: "status", id: "dry-run-status" });
  const form = el("form", { class: "dry-run-form", "data-form": "dry-run", "aria-labelledby": "dry-run-title", novalidate: true },
    wrap("source", "Draft to try", source),
    wrap("surface", "Published surface", surface),
    wrap("visitors", "Synthetic visitors", visitors, `1 to ${MAX_VISITORS}`),
    wrap("seed", "Seed", seed, "The same seed gives the same visitors"),
    el("p", { class: "actions" }, run));
  const panel = el("section", { class: "dry-run", id: "dry-run", "aria-labelledby": "dry-run-title" },
    el("h2", { id: "dry-run-title" }, "Dry run"),
    el("p", { class: "muted" }, "Tries the draft on a published surface with synthetic visitors and compares it with what " +
      "governs that surface now (its own and the global active policy): the draft takes the place of the active version " +
      "of its key. Nothing is served or counted. Synthetic visitors have no history, so caps and budgets that only bite " +
      "once something was shown do not appear."),
    form, announce, result);

  const clear = () => {
    result.replaceChildren();
    for (const node of form.querySelectorAll(".field-error")) node.remove();
    for (const input of Object.values(inputs)) {
      input.removeAttribute("aria-invalid");
      const kept = (input.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && !id.startsWith("f-error-"));
      if (kept.length) input.setAttribute("aria-describedby", kept.join(" ")); else input.removeAttribute("aria-describedby");
    }
  };
  const markField = (field, text) => {
    const input = inputs[field];
    if (!input) return false;
    const id = fieldId("error-" + field);
    input.parentElement.append(el("p", { class: "field-error", id }, text));
    input.setAttribute("aria-invalid", "true");
    const described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    input.setAttribute("aria-describedby", [...described, id].join(" "));
    return true;
  };
  const alert = (kind, ...content) =>
    result.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": kind }, ...content));

  (async () => {
    try {
      const live = await publishedSurfaces();
      if (!live.length) {
        surface.replaceChildren(el("option", { value: "" }, "No surface is published"));
        result.replaceChildren(el("p", { class: "notice", id: "no-published-surface" },
          "A dry run needs a published surface, and none is published yet."));
        return;
      }
      surface.replaceChildren(...live.map((s) => el("option", { value: s.key, title: s.name }, s.key)));
      surface.value = live.some((s) => s.key === key) ? key : live[0].key;
      surface.disabled = false;
      run.disabled = false;
    } catch (e) {
      surface.replaceChildren(el("option", { value: "" }, "Surfaces could not be loaded"));
      alert("surfaces", "The published surfaces could not be loaded: " + e.message);
    }
  })();

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clear();
    const count = Number(visitors.value);
    if (!Number.isInteger(count) || count < 1 || count > MAX_VISITORS) {
      markField("visitors", `Choose a whole number from 1 to ${MAX_VISITORS}.`);
      visitors.focus();
      return;
    }
    if (seed.value !== "" && !Number.isInteger(Number(seed.value))) {
      markField("seed", "Choose a whole number.");
      seed.focus();
      return;
    }
    const query = new URLSearchParams({ surface: surface.value, visitors: String(count), seed: seed.value || "1" });
    let path;
    let body = {};
    let label;
    if (source.value === "editor") {
      const read = editor.read();
      if (read.error) {
        editor.showErrors([{ field: "document", message: read.error }]);
        alert("invalid-document", "The document in the editor is not valid JSON; fix it there first.");
        return;
      }
      body = read.doc;
      path = "/policies/dry-run?" + query;
      label = "the document in the editor";
    } else {
      path = `/policies/${encodeURIComponent(key)}/versions/${encodeURIComponent(source.value)}/dry-run?` + query;
      label = `version ${source.value} of ${key}`;
    }
    run.disabled = true;
    run.textContent = "Running…";
    panel.setAttribute("aria-busy", "true");
    announce.textContent = "";
    result.replaceChildren(el("p", { class: "muted progress", role: "status" },
      `Running ${label} over ${count} synthetic visitors… waiting for the server`));
    try {
      const report = (await request(path, { method: "POST", body })).body;
      editor?.clearErrors();
      result.replaceChildren(reportView(report, { label, surface: surface.value, visitors: count, seed: query.get("seed") }));
      announce.textContent = `Dry run done: ${report.changedPages} of ${report.pages} pages and ` +
        `${report.changedDecisions} of ${report.decisions} slot decisions change; the report follows the form.`;
    } catch (e) {
      const errors = e.errors || [];
      const own = errors.filter((err) => markField(err.field, err.message));
      const rest = errors.filter((err) => !own.includes(err));
      if (e.status === 404 && /surface/.test(e.problem?.type || "")) {
        markField("surface", e.message);
        alert("surface", "Nothing was run: " + e.message);
      } else if (rest.length && source.value === "editor") {
        editor.showErrors(rest);
        alert(e.problem?.type?.split("/").pop() || "validation",
          `Nothing was run: the document in the editor has ${rest.length === 1 ? "1 problem" : rest.length + " problems"}; see the list under the editor.`);
      } else if (errors.length) {
        alert(e.problem?.type?.split("/").pop() || "validation", "Nothing was run: " + e.message,
          rest.length ? el("ul", {}, rest.map((err) => el("li", {}, `${err.field || "request"}: ${err.message}`))) : null);
      } else {
        alert(e.problem?.type?.split("/").pop() || "failed", "The dry run failed: " + e.message, " ",
          el("button", { type: "button", "data-action": "retry", onclick: () => form.requestSubmit() }, "Try again"));
      }
      form.querySelector("[aria-invalid=true]")?.focus();
    } finally {
      run.disabled = false;
      run.textContent = "Run the dry run";
      panel.removeAttribute("aria-busy");
    }
  });
  return panel;
}

/** Every published surface, ordered by key (the list comes in pages of at most 200). */
async function publishedSurfaces() {
  const all = [];
  for (let page = 0; page < 50; page++) {
    const list = await get(`/surfaces?size=200&page=${page}`);
    all.push(...list.items);
    if (!list.items.length || all.length >= list.total) break;
  }
  return all.filter((s) => s.publishedAt);
}

const percent = (part, whole) => (whole ? ` (${Math.round((part / whole) * 1000) / 10} %)` : "");
const version = (v) => (v ? `${v.key} version ${v.version}` : "—");

function figure(name, label, value, whole) {
  return el("div", { class: "figure", "data-figure": name },
    el("dt", {}, label), el("dd", {}, String(value), whole != null ? el("span", { class: "muted" }, percent(value, whole)) : null));
}

/** A bar proportional to n out of max, hidden from screen readers (the number is in the cell). */
function bar(n, max, kind) {
  const line = el("span", { class: "bar " + kind, "aria-hidden": "true" });
  line.style.width = `${max ? Math.max(n ? 2 : 0, (n / max) * 100) : 0}%`;
  return el("div", { class: "bar-cell" }, el("span", { class: "bar-track" }, line), el("span", { class: "bar-value" }, String(n)));
}

function change(before, after) {
  if (before === after) return el("span", { class: "muted" }, "no change");
  const delta = after - before;
  return el("span", { class: delta > 0 ? "delta up" : "delta down" }, (delta > 0 ? "+" : "−") + Math.abs(delta));
}

/** The report of one dry run. */
export function reportView(report, { label, surface, visitors, seed }) {
  const rules = report.rules || [];
  const max = Math.max(0, ...rules.flatMap((r) => [r.bitesUnderCurrent, r.bitesUnderDraft]));
  const examples = report.examples || [];
  const slotValue = (v) => (v == null ? el("span", { class: "muted" }, "left out") : el("code", {}, v));
  return el("div", { class: "report", "data-report": "dry-run" },
    el("h3", {}, "Report"),
    el("p", { "data-report": "compared" }, `Tried ${label} against what governs surface ${surface} now ` +
      `(${version(report.current)}), with ${visitors} synthetic visitors (seed ${seed}).`),
    el("dl", { class: "figures", "data-report": "figures" },
      figure("pages", "Pages", report.pages),
      figure("decisions", "Slot decisions", report.decisions),
      figure("changedDecisions", "Changed decisions", report.changedDecisions, report.decisions),
      figure("changedPages", "Changed pages", report.changedPages, report.pages)),
    rules.length === 0
      ? el("p", { class: "muted", "data-report": "no-bites" }, "No rule removed a candidate under either policy.")
      : el("table", { class: "bites", "data-report": "rules" },
        el("caption", {}, "How often each rule bites: slot decisions it removed candidates from"),
        el("thead", {}, el("tr", {},
          el("th", { scope: "col" }, "Rule"),
          el("th", { scope: "col" }, "Under the current policy"),
          el("th", { scope: "col" }, "Under the draft"),
          el("th", { scope: "col" }, "Change"))),
        el("tbody", {}, rules.map((r) => el("tr", { "data-rule": r.ruleId },
          el("th", { scope: "row" }, el("code", {}, r.ruleId)),
          el("td", { "data-bites": "current" }, bar(r.bitesUnderCurrent, max, "current")),
          el("td", { "data-bites": "draft" }, bar(r.bitesUnderDraft, max, "draft")),
          el("td", { "data-bites": "change" }, change(r.bitesUnderCurrent, r.bitesUnderDraft)))))),
    examples.length === 0
      ? el("p", { class: "muted", "data-report": "no-examples" }, "No decision changed.")
      : el("table", { class: "examples", "data-report": "examples" },
        el("caption", {}, `Examples of changed decisions (${examples.length} of ${report.changedDecisions})`),
        el("thead", {}, el("tr", {},
          el("th", { scope: "col" }, "Visitor"), el("th", { scope: "col" }, "Slot"),
          el("th", { scope: "col" }, "Now"), el("th", { scope: "col" }, "With the draft"))),
        el("tbody", {}, examples.map((x) => el("tr", { "data-example": `${x.visitorId}/${x.slot}` },
          el("td", {}, x.visitorId), el("td", {}, x.slot), el("td", {}, slotValue(x.current)), el("td", {}, slotValue(x.draft)))))));
}

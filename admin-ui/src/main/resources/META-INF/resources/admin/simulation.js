// The batch simulation of a surface: N synthetic visitors (a seed makes them repeatable) are decided
// by the published surface under the policies that govern it now. Per slot: the variant mix as a bar
// chart in plain HTML, the default's share, the rules that bit, and the coverage gaps (the intent ×
// lifecycle stage cells whose visitors got the default). Nothing is served, logged or counted.

import { get, request, paths } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, back } from "./dom.js";
import { surfaceTabs } from "./surfaces.js";
import { policyHref } from "./policy-editor.js";
import { fieldId } from "./fields.js";
import { fieldErrors, problemKind, percent, count } from "./form-errors.js";

const MAX_VISITORS = 5000;
// 5,000 visitors take a while: wait longer than for an ordinary request
const TIMEOUT_MS = 180000;

export async function simulationPage(key) {
  loading();
  let surface;
  try {
    surface = await get(paths.surface(key));
  } catch (e) {
    return showError(`Surface "${key}" could not be loaded: ${e.message}`, () => simulationPage(key));
  }
  show(
    back(surfaceHref(key), "Back to the surface"),
    el("h1", {}, `Batch simulation of ${surface.name}`),
    surfaceTabs(key, "simulation"),
    surface.publishedVersion
      ? el("p", { class: "muted" }, `Decides synthetic visitors with published version ${surface.publishedVersion} under the ` +
        "policies that govern the surface now, and shows per slot which variants they got, how often the default, which " +
        "rules removed candidates, and which intent × lifecycle stage cells got only the default. Nothing is served, " +
        "logged or counted. Synthetic visitors have no history, so caps and budgets that bite only after something was shown do not appear.")
      : el("p", { class: "notice", id: "not-published" }, "This surface has never been published, so there is nothing to simulate yet. Publish it first."),
    surface.publishedVersion ? simulationPanel(key, surface) : null);
  status.textContent = `Batch simulation of ${surface.name}`;
  focusMain();
}

function simulationPanel(key, surface) {
  const visitors = el("input", { type: "number", min: "1", max: String(MAX_VISITORS), step: "1", value: "200" });
  const seed = el("input", { type: "number", step: "1", value: "1" });
  const inputs = { visitors, seed };
  const wrap = (field, label, input, help) => {
    input.id = fieldId("simulate-" + field);
    input.name = field;
    input.setAttribute("data-input", field);
    const helpId = input.id + "-help";
    input.setAttribute("aria-describedby", helpId);
    return el("div", { class: "field inline", "data-field": field }, el("label", { for: input.id }, label), input,
      el("p", { class: "help muted", id: helpId }, help));
  };
  const run = el("button", { type: "submit", class: "primary", "data-action": "simulate" }, "Run the simulation");
  const cancel = el("button", { type: "button", "data-action": "cancel", hidden: true }, "Cancel");
  const result = el("div", { id: "simulation-result" });
  // the report is long: screen readers hear a one-line summary
  const announce = el("p", { class: "visually-hidden", role: "status", id: "simulation-status" });
  const form = el("form", { class: "simulate-form", "data-form": "simulate", "aria-labelledby": "simulate-title", novalidate: true },
    wrap("visitors", "Synthetic visitors", visitors, `1 to ${MAX_VISITORS}`),
    wrap("seed", "Seed", seed, "The same seed gives the same visitors"),
    el("p", { class: "actions" }, run, " ", cancel));
  const panel = el("section", { class: "dry-run simulation", id: "simulation", "aria-labelledby": "simulate-title" },
    el("h2", { id: "simulate-title" }, "Simulate visitors"), form, announce, result);
  const errors = fieldErrors(inputs);
  let controller = null;
  cancel.addEventListener("click", () => controller?.abort());

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errors.clear();
    const n = Number(visitors.value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_VISITORS) {
      errors.mark("visitors", `Choose a whole number from 1 to ${MAX_VISITORS}.`);
      return visitors.focus();
    }
    if (seed.value !== "" && !Number.isInteger(Number(seed.value))) {
      errors.mark("seed", "Choose a whole number.");
      return seed.focus();
    }
    const s = seed.value || "1";
    controller = new AbortController();
    run.disabled = true;
    run.textContent = "Simulating…";
    cancel.hidden = false;
    panel.setAttribute("aria-busy", "true");
    announce.textContent = `Simulating ${n} visitors…`;
    const started = Date.now();
    const elapsed = el("span", { class: "elapsed" }, "0 s");
    const tick = setInterval(() => { elapsed.textContent = `${Math.round((Date.now() - started) / 1000)} s`; }, 1000);
    result.replaceChildren(el("div", { class: "working", id: "simulation-working", role: "status" },
      el("progress", { "aria-label": "Simulation in progress" }),
      el("span", { class: "muted" }, `Simulating ${count(n, "synthetic visitor")} (seed ${s})… waiting for the server: `),
      elapsed));
    try {
      const report = (await request(`/surfaces/${encodeURIComponent(key)}/simulate?` +
        new URLSearchParams({ visitors: String(n), seed: s }), { method: "POST", timeout: TIMEOUT_MS, signal: controller.signal })).body;
      result.replaceChildren(reportView(report, surface));
      announce.textContent = `Simulation done: ${count(report.visitors ?? n, "visitor")}, ${count((report.slots || []).length, "slot")}, ` +
        `${count((report.gaps || []).length, "coverage gap")}; the report follows the form.`;
    } catch (e) {
      announce.textContent = "";
      const own = (e.errors || []).filter((err) => errors.mark(err.field, err.message));
      const rest = (e.errors || []).filter((err) => !own.includes(err));
      let text;
      if (problemKind(e) === "cancelled") text = "The simulation was cancelled.";
      else if (own.length && !rest.length) text = "Nothing was run: see the message next to the field.";
      else if (problemKind(e) === "surface-not-published") text = "This surface has never been published, so there is nothing to simulate yet.";
      else text = `The simulation failed: ${e.message}` + (rest.length ? " " + rest.map((r) => `${r.field || "request"}: ${r.message}`).join("; ") : "");
      result.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": problemKind(e) }, text, " ",
        own.length ? null : el("button", { type: "button", "data-action": "retry", onclick: () => form.requestSubmit() }, "Try again")));
      form.querySelector("[aria-invalid=true]")?.focus();
    } finally {
      clearInterval(tick);
      controller = null;
      run.disabled = false;
      run.textContent = "Run the simulation";
      cancel.hidden = true;
      panel.removeAttribute("aria-busy");
    }
  });
  return panel;
}

/** A share as a fraction of one (0.42); shares above one are read as percentages already. */
const fraction = (share) => (share > 1 ? share / 100 : share || 0);

/** A bar of a share, hidden from screen readers (the numbers are in the cells next to it). */
function bar(share, kind) {
  const line = el("span", { class: "bar " + kind, "aria-hidden": "true" });
  line.style.width = `${Math.min(100, Math.max(share ? 1 : 0, share * 100))}%`;
  return el("span", { class: "bar-track" }, line);
}

function reportView(report, surface) {
  const slotsByKey = new Map((surface.slots || []).map((s) => [s.key, s]));
  const gaps = report.gaps || [];
  return el("div", { class: "report", "data-report": "simulation" },
    el("h3", {}, "Report"),
    el("p", { "data-report": "summary" }, `${count(report.visitors, "synthetic visitor")} (seed ${report.seed}) on ${report.surface}, under `,
      (report.policies || []).length
        ? report.policies.flatMap((p, i) => [i ? ", " : null,
          el("a", { href: policyHref(p.key, "versions", String(p.version)) }, `${p.key} version ${p.version}`)])
        : "no policy", "."),
    (report.slots || []).map((s) => slotReport(s, slotsByKey.get(s.slot), report.visitors,
      gaps.filter((g) => g.slot === s.slot))));
}

function slotReport(s, slot, visitors, gaps) {
  const names = new Map((slot?.variants || []).map((v) => [v.key, v.name]));
  const variants = [...(s.variants || [])].sort((a, b) => b.count - a.count);
  const rules = [...(s.rules || [])].sort((a, b) => b.removals - a.removals);
  const maxRemovals = Math.max(0, ...rules.map((r) => r.removals));
  const defaultShare = fraction(s.defaultShare);
  const title = "simulation-slot-" + s.slot.replace(/[^A-Za-z0-9_-]/g, "-");
  return el("section", { class: "slot simulation-slot", "data-slot": s.slot, "aria-labelledby": title },
    el("h4", { id: title }, slot?.name || s.slot, " ", slot?.name ? el("span", { class: "muted" }, s.slot) : null),
    el("dl", { class: "figures" },
      el("div", { class: "figure", "data-figure": "default-share" }, el("dt", {}, "Got the default"),
        el("dd", {}, percent(defaultShare), el("span", { class: "muted" }, s.defaultVariant ? s.defaultVariant : ""))),
      el("div", { class: "figure", "data-figure": "variants" }, el("dt", {}, "Variants served"), el("dd", {}, String(variants.length))),
      el("div", { class: "figure", "data-figure": "omitted" }, el("dt", {}, "Slot left out"),
        el("dd", { "data-count": String(s.omitted ?? 0) }, String(s.omitted ?? 0),
          el("span", { class: "muted" }, visitors ? ` of ${visitors}` : "")))),
    variants.length === 0
      ? el("p", { class: "muted", "data-chart": "none" }, "No visitor was served a variant in this slot.")
      : el("table", { class: "bites chart", "data-chart": "variants" },
        el("caption", {}, "Variant mix: share of the synthetic visitors served each variant"),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Variant"), el("th", { scope: "col" }, "Share"),
          el("th", { scope: "col" }, "Visitors"))),
        el("tbody", {}, variants.map((v) => {
          const share = fraction(v.share);
          const isDefault = v.variant === s.defaultVariant;
          return el("tr", { "data-variant": v.variant, "data-count": String(v.count) },
            el("th", { scope: "row" }, el("code", {}, v.variant),
              names.get(v.variant) && names.get(v.variant) !== v.variant ? el("div", { class: "muted" }, names.get(v.variant)) : null,
              isDefault ? el("span", { class: "badge default" }, "Default") : null),
            el("td", {}, el("div", { class: "bar-cell" }, bar(share, isDefault ? "current" : "draft"),
              el("span", { class: "bar-value" }, percent(share)))),
            el("td", { class: "number" }, String(v.count)));
        }))),
    rules.length === 0
      ? el("p", { class: "muted", "data-chart": "no-rules" }, "No rule removed a candidate in this slot.")
      : el("table", { class: "bites chart", "data-chart": "rules" },
        el("caption", {}, "Rules that bit: synthetic visitors for whom each rule removed candidates"),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Rule"), el("th", { scope: "col" }, "Visitors"))),
        el("tbody", {}, rules.map((r) => {
          const line = el("span", { class: "bar rule", "aria-hidden": "true" });
          line.style.width = `${maxRemovals ? Math.max(r.removals ? 1 : 0, (r.removals / maxRemovals) * 100) : 0}%`;
          return el("tr", { "data-rule": r.ruleId },
            el("th", { scope: "row" }, el("code", {}, r.ruleId)),
            el("td", {}, el("div", { class: "bar-cell" }, el("span", { class: "bar-track" }, line),
              el("span", { class: "bar-value" }, String(r.removals)))));
        }))),
    gapList(gaps));
}

/** The intent × lifecycle stage cells whose visitors got the default, grouped by intent. */
function gapList(gaps) {
  if (!gaps.length) {
    return el("p", { class: "muted", "data-gaps": "0" }, "No coverage gap: every intent × lifecycle stage cell got a targeted variant.");
  }
  const byIntent = new Map();
  for (const g of gaps) {
    const intent = g.intent ?? "intent not known";
    if (!byIntent.has(intent)) byIntent.set(intent, []);
    byIntent.get(intent).push(g.lifecycleStage ?? "stage not known");
  }
  return el("div", { class: "gaps", "data-gaps": String(gaps.length) },
    el("p", {}, el("strong", {}, `Coverage gaps (${gaps.length}): `),
      "intent × lifecycle stage cells whose visitors only ever got the default"),
    el("ul", { class: "plain gap-list" }, [...byIntent].map(([intent, stages]) => el("li", {},
      el("span", { class: "gap-intent" }, intent, " × "),
      stages.map((stage) => el("span", { class: "tag", "data-gap": `${intent}|${stage}` }, stage))))));
}

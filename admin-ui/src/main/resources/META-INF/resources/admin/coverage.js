// The coverage matrix: for each slot, which variant the published rules pick for every intent ×
// lifecycle stage. Computed by resolving the surface once per combination, so it shows exactly what
// the engine does rather than a second reading of the tags. Once visitors have been served, each
// cell also shows its share of the surface's traffic, from the decision log (previews are not
// traffic); the matrix stays usable when that part cannot be loaded.

import { get, request, paths } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, back } from "./dom.js";
import { surfaceTabs } from "./surfaces.js";
import { count } from "./form-errors.js";

const PARALLEL = 4;
const PERIODS = [
  { days: 1, label: "the last 24 hours" },
  { days: 7, label: "the last 7 days" },
  { days: 30, label: "the last 30 days" },
  { days: 90, label: "the last 90 days" },
];
let periodDays = 7;

/** A share as a whole percentage; a share that rounds to nothing is "< 1 %", not "0 %". */
function share(p) {
  if (!p) return "0 %";
  const value = p * 100;
  return value < 0.5 ? "< 1 %" : `${Math.round(value)} %`;
}

async function resolveAll(key, combinations) {
  const results = new Map();
  let next = 0;
  const worker = async () => {
    while (next < combinations.length) {
      const [intent, stage] = combinations[next++];
      const { body } = await request(`/surfaces/${encodeURIComponent(key)}/resolve`, {
        method: "POST", body: { visitorId: "admin-coverage", context: { intent, lifecycleStage: stage }, preview: true },
      });
      results.set(`${intent}|${stage}`, body.slots);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return results;
}

export async function coveragePage(key) {
  loading();
  const screen = location.hash;
  let surface;
  let vocabularies;
  let results;
  try {
    [surface, vocabularies] = await Promise.all([get(paths.surface(key)), get("/vocabularies")]);
    const intents = vocabularies.intents.map((v) => v.value);
    const stages = vocabularies["lifecycle-stages"].map((v) => v.value);
    results = await resolveAll(key, intents.flatMap((i) => stages.map((s) => [i, s])));
  } catch (e) {
    if (location.hash !== screen) return;
    const why = e.problem?.type?.endsWith("/surface-not-published")
      ? "This surface has never been published, so the rules have nothing to pick from yet."
      : e.message;
    return showError(`The coverage matrix could not be computed: ${why}`, () => coveragePage(key));
  }
  if (location.hash !== screen) return; // a slow matrix must not cover the screen the person went on to
  const intents = vocabularies.intents;
  const stages = vocabularies["lifecycle-stages"];
  const tables = surface.slots.map((slot) => {
    const names = new Map(slot.variants.map((v) => [v.key, v.name]));
    return el("section", { class: "slot", "data-slot": slot.key },
      el("table", { class: "matrix" },
        el("caption", {}, `${slot.name}: the variant picked for each intent (columns) and lifecycle stage (rows), ` +
          "with the cell's share of the traffic once there is some"),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Lifecycle stage \\ intent"),
          intents.map((i) => el("th", { scope: "col" }, i.label || i.value)))),
        el("tbody", {}, stages.map((s) => el("tr", {},
          el("th", { scope: "row" }, s.label || s.value),
          intents.map((i) => {
            const decision = (results.get(`${i.value}|${s.value}`) || []).find((d) => d.slot === slot.key);
            if (!decision) return el("td", { class: "muted" }, "—");
            return el("td", {
              "data-intent": i.value, "data-lifecycle-stage": s.value, "data-variant": decision.variant,
              class: decision.isDefault ? "is-default" : "is-targeted", title: decision.reason || "",
            }, decision.isDefault ? el("span", { class: "badge default" }, "Default") : names.get(decision.variant) || decision.variant,
            el("span", { class: "share", "data-share": "", hidden: true }));
          }))))),
      el("p", { class: "served muted", "data-slot-mix": slot.key, hidden: true }));
  });
  const summary = el("div", { id: "traffic-summary", class: "traffic-summary", role: "status", "aria-live": "polite" });
  const period = el("select", { id: "traffic-period", onchange: () => {
    periodDays = Number(period.value);
    loadTraffic(key, surface, vocabularies, summary);
  } }, PERIODS.map((p) => el("option", { value: String(p.days), selected: p.days === periodDays }, p.label)));
  show(
    back(surfaceHref(key), "Back to the surface"),
    el("h1", {}, `Coverage of ${surface.name}`),
    surfaceTabs(key, "coverage"),
    el("p", { class: "muted" }, "What the published version serves a visitor with only an intent and a lifecycle " +
      "stage known. A column or row of defaults shows an audience no variant targets yet."),
    el("div", { class: "field inline traffic-period" },
      el("label", { for: "traffic-period" }, "Traffic share of "), period),
    summary,
    ...tables);
  loadTraffic(key, surface, vocabularies, summary);
  status.textContent = `Coverage of ${surface.name}: ${surface.slots.length} slots`;
  focusMain();
}

/** Fetches the surface's traffic for the chosen period and writes each cell's share into the matrix. */
async function loadTraffic(key, surface, vocabularies, summary) {
  const days = periodDays;
  const label = PERIODS.find((p) => p.days === days).label;
  summary.className = "traffic-summary muted";
  summary.dataset.state = "loading";
  summary.replaceChildren(`Loading the traffic share of ${label}…`);
  const since = new Date(Date.now() - days * 24 * 3600 * 1000).toISOString();
  let traffic;
  try {
    traffic = await get(`/surfaces/${encodeURIComponent(key)}/traffic?since=${encodeURIComponent(since)}`);
  } catch (e) {
    if (days !== periodDays) return; // a newer choice is loading
    clearTraffic();
    summary.className = "traffic-summary error";
    summary.dataset.state = "failed";
    summary.replaceChildren(`The traffic share could not be loaded: ${e.message} The matrix below still ` +
      "shows what the rules pick. ", el("button", { type: "button", id: "traffic-retry",
      onclick: () => loadTraffic(key, surface, vocabularies, summary) }, "Try again"));
    return;
  }
  if (days !== periodDays) return;
  clearTraffic();
  summary.className = "traffic-summary";
  if (traffic.decisions === 0) {
    summary.dataset.state = "empty";
    summary.replaceChildren(el("p", { class: "notice", id: "no-traffic" }, `No decisions for this surface in ${label} yet, ` +
      "so there is no traffic share to show. Each cell shows its share once visitors are served this surface " +
      "(previews and this matrix do not count)."));
    return;
  }
  summary.dataset.state = "loaded";
  const intents = new Set(vocabularies.intents.map((v) => v.value));
  const stages = new Set(vocabularies["lifecycle-stages"].map((v) => v.value));
  let outside = 0;
  for (const cell of traffic.cells) {
    if (!intents.has(cell.intent) || !stages.has(cell.lifecycleStage)) {
      outside += cell.decisions;
      continue;
    }
    const selector = `td[data-intent="${CSS.escape(cell.intent)}"][data-lifecycle-stage="${CSS.escape(cell.lifecycleStage)}"]`;
    for (const td of document.querySelectorAll(selector)) showShare(td, cell.share, cell.decisions);
  }
  // cells nobody fell in are 0 %: said, so an empty cell is not mistaken for a missing number
  for (const td of document.querySelectorAll("td[data-intent] span[data-share][hidden]")) {
    showShare(td.closest("td"), 0, 0);
  }
  showSlotMix(surface, traffic);
  const parts = [`Traffic share over ${label}: ${count(traffic.decisions, "page decision")}`];
  if (traffic.holdout) parts.push(`${traffic.holdout} of them to the holdout, who always get the defaults`);
  const nowhere = [];
  if (traffic.unknown) nowhere.push(`${count(traffic.unknown, "decision")} for visitors whose intent or lifecycle stage was not known`);
  if (outside) nowhere.push(`${count(outside, "decision")} for intents or stages that are not in the vocabularies any more`);
  summary.replaceChildren(el("p", { id: "traffic-total", "data-decisions": String(traffic.decisions) },
    parts.join(", ") + ". Each cell shows the share of the decisions its visitors made up." +
    (nowhere.length ? ` In no cell: ${nowhere.join(" and ")}.` : "")));
}

function showShare(td, value, decisions) {
  const span = td.querySelector("span[data-share]");
  span.hidden = false;
  span.dataset.share = String(Math.round(value * 1000) / 10);
  td.dataset.decisions = String(decisions);
  span.textContent = share(value) + " of traffic";
  span.title = count(decisions, "page decision");
}

function showSlotMix(surface, traffic) {
  for (const slot of surface.slots) {
    const line = document.querySelector(`p[data-slot-mix="${CSS.escape(slot.key)}"]`);
    const mix = traffic.slots.find((s) => s.slot === slot.key);
    if (!line || !mix || mix.variants.length === 0) continue;
    const names = new Map(slot.variants.map((v) => [v.key, v.name]));
    line.hidden = false;
    line.replaceChildren("Served to visitors: ", ...mix.variants.flatMap((v, n) => [
      n ? ", " : "",
      el("span", { "data-served": v.variant }, `${names.get(v.variant) || v.variant}` +
        (v.variant === slot.defaultVariant ? " (default)" : "") + ` ${share(v.share)}`),
    ]));
  }
}

function clearTraffic() {
  for (const span of document.querySelectorAll("td[data-intent] span[data-share]")) {
    span.hidden = true;
    span.textContent = "";
    delete span.closest("td").dataset.decisions;
  }
  for (const line of document.querySelectorAll("p[data-slot-mix]")) {
    line.hidden = true;
    line.replaceChildren();
  }
}

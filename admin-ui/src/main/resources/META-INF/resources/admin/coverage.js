// The coverage matrix: for each slot, which variant the published rules pick for every intent ×
// lifecycle stage. Computed by resolving the surface once per combination, so it shows exactly what
// the engine does rather than a second reading of the tags.

import { get, request, paths } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, back } from "./dom.js";
import { surfaceTabs } from "./surfaces.js";

const PARALLEL = 4;

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
  let surface;
  let vocabularies;
  let results;
  try {
    [surface, vocabularies] = await Promise.all([get(paths.surface(key)), get("/vocabularies")]);
    const intents = vocabularies.intents.map((v) => v.value);
    const stages = vocabularies["lifecycle-stages"].map((v) => v.value);
    results = await resolveAll(key, intents.flatMap((i) => stages.map((s) => [i, s])));
  } catch (e) {
    const why = e.problem?.type?.endsWith("/surface-not-published")
      ? "This surface has never been published, so the rules have nothing to pick from yet."
      : e.message;
    return showError(`The coverage matrix could not be computed: ${why}`, () => coveragePage(key));
  }
  const intents = vocabularies.intents;
  const stages = vocabularies["lifecycle-stages"];
  const tables = surface.slots.map((slot) => {
    const names = new Map(slot.variants.map((v) => [v.key, v.name]));
    return el("section", { class: "slot", "data-slot": slot.key },
      el("table", { class: "matrix" },
        el("caption", {}, `${slot.name}: the variant picked for each intent (columns) and lifecycle stage (rows)`),
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
            }, decision.isDefault ? el("span", { class: "badge default" }, "Default") : names.get(decision.variant) || decision.variant);
          }))))));
  });
  show(
    back(surfaceHref(key), "Back to the surface"),
    el("h1", {}, `Coverage of ${surface.name}`),
    surfaceTabs(key, "coverage"),
    el("p", { class: "muted" }, "What the published version serves a visitor with only an intent and a lifecycle " +
      "stage known. A column or row of defaults shows an audience no variant targets yet."),
    ...tables);
  status.textContent = `Coverage of ${surface.name}: ${surface.slots.length} slots`;
  focusMain();
}

// The decision log as a person reads it: look up a page decision by its page or slot decision id, or
// a visitor's recent page decisions; one page decision shows, per slot, why the visitor saw what they
// saw (the served variant, the strategy and its probability, exploration, the eligible candidates,
// every candidate a rule removed and the rule, the model version, and the outcomes that followed),
// and Replay decides it again from what the log kept.

import { get, request, paths } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, back } from "./dom.js";
import { when } from "./workflow.js";
import { policyHref } from "./policy-editor.js";
import { fieldErrors, problemKind, percent, count } from "./form-errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND = "No decision with this id is in the log yet. A decision is findable about a second after " +
  "its resolve, so try again in a moment; decisions older than the retention period are deleted.";

export const decisionHref = (id) => "#/decisions/" + encodeURIComponent(id);
export const visitorHref = (visitorId) => "#/decisions/visitor/" + encodeURIComponent(visitorId);
export const modelHref = (surface, slot) => "#/models/" + [surface, slot].map(encodeURIComponent).join("/");

// a decision the lookup form already fetched, so opening it does not ask the server twice
let fetched = null;

const STRATEGIES = {
  rules: "Rules (tag and intent matching)",
  default: "Default (the control experience)",
  bandit: "Learning strategy (bandit)",
};
export const strategyName = (s) => STRATEGIES[s] || s || "—";

const FALLBACKS = {
  "profile-unavailable": "The profile store failed: the page was decided for the visitor as the request stated " +
    "them, without consent, so consent rules served the defaults.",
};

function lookupForms(initial = {}) {
  const decisionInput = el("input", { type: "text", id: "decision-id", name: "id", autocomplete: "off", spellcheck: "false",
    "aria-describedby": "decision-id-help", value: initial.id || "" });
  const decisionButton = el("button", { type: "submit", class: "primary", "data-action": "find-decision" }, "Show the decision");
  const decisionForm = el("form", { class: "lookup", id: "decision-lookup", "aria-labelledby": "decision-lookup-title", novalidate: true },
    el("h2", { id: "decision-lookup-title" }, "Find a decision"),
    el("div", { class: "field" }, el("label", { for: "decision-id" }, "Page or slot decision id"), decisionInput,
      el("p", { class: "help muted", id: "decision-id-help" },
        "The pageDecisionId of a resolve answer, or a slot's decisionId (a UUID)")),
    el("p", { class: "actions" }, decisionButton));
  const decision = fieldErrors({ id: decisionInput });
  decisionForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    decision.clear();
    const id = decisionInput.value.trim();
    if (!UUID.test(id)) {
      decision.mark("id", id ? "This is not a decision id: a decision id is a UUID such as 0b6f3c1e-8d2a-4f57-9a1b-3c5d7e9f1a2b."
        : "Enter a page or slot decision id.");
      return decisionInput.focus();
    }
    decisionButton.disabled = true;
    decisionButton.textContent = "Looking…";
    decisionForm.setAttribute("aria-busy", "true");
    try {
      const found = await get("/decisions/" + encodeURIComponent(id));
      fetched = { id, decision: found };
      location.hash = decisionHref(id);
    } catch (e) {
      if (e.status === 404) decision.mark("id", NOT_FOUND);
      else if (e.errors.length) e.errors.forEach((err) => decision.mark("id", err.message));
      else decision.mark("id", "The decision could not be loaded: " + e.message);
      decisionInput.focus();
    } finally {
      decisionButton.disabled = false;
      decisionButton.textContent = "Show the decision";
      decisionForm.removeAttribute("aria-busy");
    }
  });

  const visitorInput = el("input", { type: "text", id: "visitor-id", name: "visitorId", autocomplete: "off", spellcheck: "false",
    "aria-describedby": "visitor-id-help", value: initial.visitorId || "" });
  const visitorForm = el("form", { class: "lookup", id: "visitor-lookup", "aria-labelledby": "visitor-lookup-title", novalidate: true },
    el("h2", { id: "visitor-lookup-title" }, "Look up a visitor"),
    el("div", { class: "field" }, el("label", { for: "visitor-id" }, "Visitor id"), visitorInput,
      el("p", { class: "help muted", id: "visitor-id-help" },
        "The visitorId the frontend sent; the log keeps only its hash, and finds it by hashing what you enter")),
    el("p", { class: "actions" }, el("button", { type: "submit", class: "primary", "data-action": "find-visitor" },
      "Show their decisions")));
  const visitor = fieldErrors({ visitorId: visitorInput });
  visitorForm.addEventListener("submit", (event) => {
    event.preventDefault();
    visitor.clear();
    const id = visitorInput.value.trim();
    if (!id) {
      visitor.mark("visitorId", "Enter the visitor id the frontend sent.");
      return visitorInput.focus();
    }
    location.hash = visitorHref(id);
  });
  return { forms: el("div", { class: "lookups" }, decisionForm, visitorForm), decisionInput, visitorInput };
}

export function decisionsPage() {
  const { forms, decisionInput } = lookupForms();
  show(
    el("h1", {}, "Decisions"),
    el("p", { class: "muted" }, "Every page served to a visitor is in the decision log: which variant each slot served, " +
      "the strategy that chose it and with what probability, which candidates the policies' rules removed, and what " +
      "followed. Look up one decision, or the recent decisions of a visitor."),
    forms);
  status.textContent = "Decisions";
  focusMain();
  decisionInput.focus();
}

/** The recent page decisions of one visitor, newest first. */
export async function visitorPage(visitorId) {
  loading();
  let items;
  try {
    items = (await get("/decisions?" + new URLSearchParams({ visitorId, limit: "20" }))).items || [];
  } catch (e) {
    const { forms } = lookupForms({ visitorId });
    return show(back("#/decisions", "Decisions"), el("h1", {}, "Decisions of a visitor"),
      el("div", { class: "error", role: "alert", "data-problem": problemKind(e) },
        `The decisions of visitor "${visitorId}" could not be loaded: ${e.message}`, " ",
        el("button", { type: "button", id: "retry", onclick: () => visitorPage(visitorId) }, "Try again")),
      forms);
  }
  const { forms } = lookupForms({ visitorId });
  show(
    back("#/decisions", "Decisions"),
    el("h1", {}, "Decisions of visitor ", el("code", {}, visitorId)),
    items.length === 0
      ? el("p", { class: "notice", id: "no-decisions" }, `No decision for visitor "${visitorId}" is in the log. The id is the ` +
        "one the frontend sent (case matters); a decision is findable about a second after its resolve.")
      : el("table", { class: "decisions", id: "visitor-decisions", "aria-label": `Recent page decisions of ${visitorId}, newest first` },
        el("caption", {}, `${count(items.length, "page decision")}, newest first`),
        el("thead", {}, el("tr", {},
          el("th", { scope: "col" }, "When"), el("th", { scope: "col" }, "Surface"),
          el("th", { scope: "col" }, "Context"), el("th", { scope: "col" }, "Served"), el("th", { scope: "col" }, "Notes"))),
        el("tbody", {}, items.map((d) => el("tr", { "data-decision": d.pageDecisionId },
          el("th", { scope: "row" }, el("a", { href: decisionHref(d.pageDecisionId), "data-action": "open-decision" }, when(d.at))),
          el("td", {}, d.surface),
          el("td", {}, contextTags(d.context)),
          el("td", {}, el("ul", { class: "plain" }, (d.slots || []).map((s) =>
            el("li", {}, `${s.slot}: `, el("code", {}, s.variant), s.isDefault ? el("span", { class: "muted" }, " (default)") : null)))),
          el("td", {}, notes(d)))))),
    forms);
  status.textContent = `${count(items.length, "decision")} of visitor ${visitorId}`;
  focusMain();
}

function contextTags(context) {
  const entries = Object.entries(context || {}).filter(([, v]) => v !== null && v !== undefined && v !== "");
  if (!entries.length) return el("span", { class: "muted" }, "nothing stated");
  return entries.map(([k, v]) => el("span", { class: "tag" }, `${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`));
}

function notes(d) {
  const out = [];
  if (d.holdout) out.push(el("span", { class: "badge warn", "data-holdout": "" }, "Holdout"));
  if (d.fallbackReason) out.push(el("span", { class: "badge warn", "data-fallback": d.fallbackReason }, "Fallback: " + d.fallbackReason));
  return out.length ? out : el("span", { class: "muted" }, "—");
}

/** One page decision: the page's facts, and per slot why the visitor saw what they saw. */
export async function decisionPage(id) {
  loading();
  let decision;
  if (fetched?.id === id) {
    decision = fetched.decision;
    fetched = null;
  } else {
    try {
      decision = await get("/decisions/" + encodeURIComponent(id));
    } catch (e) {
      const text = e.status === 404 ? NOT_FOUND
        : e.status === 400 ? `"${id}" is not a decision id: a decision id is a UUID.`
          : `The decision could not be loaded: ${e.message}`;
      const { forms } = lookupForms({ id });
      return show(back("#/decisions", "Decisions"), el("h1", {}, "Decision ", el("code", {}, id)),
        el("div", { class: "error", role: "alert", id: "decision-problem", "data-problem": problemKind(e) }, text, " ",
          el("button", { type: "button", id: "retry", onclick: () => decisionPage(id) }, "Try again")),
        forms);
    }
  }
  // names of slots and variants from the surface as it is now; keys are enough when it cannot be read
  const surface = await get(paths.surface(decision.surface)).catch(() => null);
  const names = namesOf(surface);
  const outcomes = decision.outcomes || [];
  const replayArea = el("div", { id: "replay-result", "aria-live": "polite" });
  const replayButton = el("button", { type: "button", "data-action": "replay", "aria-describedby": "replay-help" }, "Replay");
  replayButton.addEventListener("click", () => replay(decision, replayButton, replayArea));
  show(
    back("#/decisions", "Decisions"),
    el("h1", {}, "Page decision"),
    el("p", { class: "decision-id" }, el("code", { id: "page-decision-id" }, decision.pageDecisionId), " ",
      el("span", { class: "muted" }, `· ${when(decision.at)}`), " ",
      decision.holdout || decision.fallbackReason ? notes(decision) : null),
    el("dl", { class: "facts", id: "decision-facts" },
      el("dt", {}, "Surface"), el("dd", { "data-fact": "surface" },
        el("a", { href: surfaceHref(decision.surface) }, surface?.name || decision.surface),
        decision.surfaceVersion != null ? ` · published version ${decision.surfaceVersion}` : "",
        decision.channel ? ` · ${decision.channel}` : ""),
      el("dt", {}, "Context"), el("dd", { "data-fact": "context" }, contextTags(decision.context)),
      el("dt", {}, "Policies"), el("dd", { "data-fact": "policies" }, policyLinks(decision.policyVersions)),
      el("dt", {}, "Visitor"), el("dd", { "data-fact": "visitor" }, el("code", { title: "a one-way hash of the visitor id" },
        decision.visitorHash || "—"), el("span", { class: "muted" }, " (hashed)")),
      el("dt", {}, "Decided in"), el("dd", { "data-fact": "latency" }, latency(decision.latencyMicros))),
    decision.holdout ? el("p", { class: "why-not", "data-holdout": "" }, "This visitor is in the surface's holdout: every slot " +
      "served its default variant (the control experience), to measure what personalization adds.") : null,
    decision.fallbackReason ? el("p", { class: "why-not", "data-fallback": decision.fallbackReason },
      FALLBACKS[decision.fallbackReason] || `Less than the best answer was served: ${decision.fallbackReason}.`) : null,
    el("section", { class: "replay", "aria-labelledby": "replay-title" },
      el("h2", { id: "replay-title" }, "Replay"),
      el("p", { class: "muted", id: "replay-help" }, "Decides every slot again from what the log kept (the surface version of " +
        "the day, the eligible candidates, the visitor as the strategies saw them, the model version) and compares it " +
        "with what was served. Nothing is served or counted."),
      el("p", {}, replayButton), replayArea),
    el("h2", {}, "Why they saw what they saw"),
    (decision.slots || []).map((slot, i) => slotSection(decision, slot, i, names,
      outcomes.filter((o) => o.decisionId === slot.decisionId))),
    visitorDetails(decision.visitor));
  status.textContent = `Page decision on ${decision.surface}: ${count((decision.slots || []).length, "slot")}, ` +
    `${count(outcomes.length, "outcome")}`;
  focusMain();
}

function namesOf(surface) {
  const slots = new Map();
  for (const s of surface?.slots || []) slots.set(s.key, { name: s.name, variants: new Map(s.variants.map((v) => [v.key, v.name])) });
  return {
    slot: (key) => slots.get(key)?.name,
    variant: (slot, key) => slots.get(slot)?.variants.get(key),
  };
}

function policyLinks(versions) {
  const entries = Object.entries(versions || {});
  if (!entries.length) return el("span", { class: "muted" }, "no policy");
  return entries.flatMap(([key, v], i) => [i ? ", " : null,
    el("a", { href: policyHref(key, "versions", String(v)), "data-policy": key }, `${key} version ${v}`)]);
}

function latency(micros) {
  if (micros == null) return "—";
  return micros >= 1000 ? `${Number((micros / 1000).toFixed(1))} ms` : `${micros} µs`;
}

function variantLabel(names, slot, key) {
  const name = names.variant(slot, key);
  return [el("code", {}, key), name && name !== key ? el("span", { class: "muted" }, ` ${name}`) : null];
}

/** One sentence on why: who chose, from how many, with what chance, and what the rules took out. */
function why(slot) {
  const eligible = slot.eligible || [];
  const removed = slot.removed || [];
  const rules = [...new Set(removed.map((r) => r.rule))];
  let text;
  if (slot.strategy === "default") {
    text = "The default strategy served the slot's default variant";
  } else if (slot.escalation) {
    text = `The learning strategy was not confident enough and served the slot's default, ${slot.variant}, ` +
      `with probability ${percent(slot.probability)}`;
  } else {
    text = `The ${slot.strategy === "bandit" ? "learning strategy" : slot.strategy + " strategy"} chose ${slot.variant} from ` +
      `${count(eligible.length, "eligible candidate")} with probability ${percent(slot.probability)}`;
    if (slot.strategy === "bandit") text += slot.exploration ? ", exploring (not its leader)" : ", its leader";
  }
  if (removed.length) {
    text += `; ${rules.length === 1 ? "rule " + rules[0] : "rules " + rules.join(", ")} removed ${count(removed.length, "candidate")}`;
  }
  return text + ".";
}

const OUTCOME_NAMES = { click: "Click", conversion: "Conversion", add_to_cart: "Add to cart", purchase: "Purchase", bounce: "Bounce" };

function slotSection(decision, slot, i, names, outcomes) {
  const slotName = names.slot(slot.slot);
  const eligible = slot.eligible || [];
  const removed = slot.removed || [];
  const titleId = "decision-slot-" + i;
  const candidates = [
    ...eligible.map((v) => ({ variant: v, served: v === slot.variant })),
    ...removed.map((r) => ({ variant: r.variant, rule: r.rule })),
  ];
  if (!candidates.some((c) => c.served)) candidates.unshift({ variant: slot.variant, served: true });
  return el("section", { class: "slot decision-slot", "data-slot": slot.slot, "data-variant": slot.variant,
    "data-strategy": slot.strategy, "aria-labelledby": titleId },
  el("h3", { id: titleId }, slotName || slot.slot, " ", slotName ? el("span", { class: "muted" }, slot.slot) : null, " ",
    el("span", { class: "served" }, "→ ", ...variantLabel(names, slot.slot, slot.variant)), " ",
    slot.isDefault ? el("span", { class: "badge default" }, "Default") : null),
  el("p", { class: "why", "data-why": "" }, why(slot)),
  slot.escalation ? el("p", { class: "why-not", "data-escalation": "" }, el("strong", {}, "Escalated: "),
    "the learning strategy served the slot's default instead of deciding, because ", slot.escalation,
    ". ", el("a", { href: "#/escalations" }, "The escalation queue")) : null,
  el("dl", { class: "facts decision-facts" },
    el("dt", {}, "Strategy"), el("dd", { "data-fact": "strategy" }, strategyName(slot.strategy)),
    el("dt", {}, "Probability"), el("dd", { "data-fact": "probability", title: String(slot.probability) }, percent(slot.probability)),
    el("dt", {}, "Exploration"), el("dd", { "data-fact": "exploration" }, slot.exploration
      ? el("span", { class: "badge warn" }, "Yes: another candidate than the leader was drawn")
      : slot.strategy === "bandit" ? "No: the leader was served" : el("span", { class: "muted" }, "No")),
    el("dt", {}, "Model version"), el("dd", { "data-fact": "model-version" }, slot.modelVersion
      ? el("a", { href: modelHref(decision.surface, slot.slot) }, `version ${slot.modelVersion}`)
      : el("span", { class: "muted" }, "no model (not the learning strategy)")),
    el("dt", {}, "Slot decision id"), el("dd", { "data-fact": "decision-id" }, el("code", {}, slot.decisionId))),
  el("table", { class: "candidates", "aria-label": `Candidates of ${slotName || slot.slot}` },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Candidate"), el("th", { scope: "col" }, "What happened"))),
    el("tbody", {}, candidates.map((c) => el("tr", {
      "data-candidate": c.variant,
      "data-state": c.served ? "served" : c.rule ? "removed" : "eligible",
      "data-rule": c.rule || null,
    },
    el("th", { scope: "row" }, ...variantLabel(names, slot.slot, c.variant)),
    el("td", {}, c.served ? el("span", { class: "badge ok" }, "Served")
      : c.rule ? ["Removed by rule ", el("code", {}, c.rule)]
        : "Eligible, not chosen"))))),
  el("h4", {}, "Outcomes"),
  outcomes.length === 0
    ? el("p", { class: "muted", "data-outcomes": "none" }, "No outcome reported for this slot yet.")
    : el("ul", { class: "outcomes", "data-outcomes": String(outcomes.length) }, outcomes.map((o) =>
      el("li", { "data-outcome": o.kind },
        el("strong", {}, OUTCOME_NAMES[o.kind] || o.kind),
        o.goal ? [" · goal ", el("code", {}, o.goal)] : null,
        o.amount != null ? ` · ${o.amount} ${o.currency || ""}` : null,
        o.attribution === "visitor" ? el("span", { class: "muted" }, " · by visitor (last decision of the slot within the attribution window)") : null,
        el("span", { class: "muted" }, ` · ${when(o.occurredAt)}`)))));
}

function visitorDetails(visitor) {
  const entries = Object.entries(visitor || {});
  if (!entries.length) return null;
  return el("details", { class: "visitor-attributes" },
    el("summary", {}, "The visitor as the strategies saw them"),
    el("dl", { class: "content" }, entries.flatMap(([k, v]) =>
      [el("dt", {}, k), el("dd", {}, typeof v === "object" && v !== null ? JSON.stringify(v) : String(v))])));
}

async function replay(decision, button, area) {
  button.disabled = true;
  button.textContent = "Replaying…";
  area.setAttribute("aria-busy", "true");
  area.replaceChildren(el("p", { class: "muted progress", role: "status" }, "Replaying the decision… waiting for the server"));
  try {
    const result = await get(`/decisions/${encodeURIComponent(decision.pageDecisionId)}/replay`);
    area.replaceChildren(replayView(result));
    status.textContent = result.matches ? "Replay matches: every slot decided the same."
      : "Replay does not match: " + result.slots.filter((s) => !s.matches).map((s) => s.slot).join(", ") + ".";
  } catch (e) {
    const text = e.status === 409 && problemKind(e) === "decision-not-replayable"
      ? "This decision cannot be replayed: it was logged before surface versions were recorded."
      : e.status === 404 ? "The decision is not in the log any more." : "The replay failed: " + e.message;
    area.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": problemKind(e) }, text, " ",
      e.status === 409 ? null : el("button", { type: "button", onclick: () => replay(decision, button, area) }, "Try again")));
  } finally {
    button.disabled = false;
    button.textContent = "Replay again";
    area.removeAttribute("aria-busy");
  }
}

function replayView(result) {
  const verdict = (ok) => ok ? el("span", { class: "badge ok" }, "✓ Matches") : el("span", { class: "badge bad" }, "✗ Differs");
  return el("div", { class: "replay-report", "data-matches": String(result.matches) },
    el("p", { id: "replay-summary" }, verdict(result.matches), " ", result.matches
      ? `Every slot decided the same variant with the same probability (surface version ${result.surfaceVersion ?? "—"}).`
      : "Some slots decided differently: their decisions are not explained by what the log kept."),
    el("table", { class: "replay", "aria-label": "Replay per slot" },
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, "Slot"), el("th", { scope: "col" }, "Strategy"),
        el("th", { scope: "col" }, "Served"), el("th", { scope: "col" }, "Replayed"), el("th", { scope: "col" }, "Result"))),
      el("tbody", {}, (result.slots || []).map((s) => el("tr", { "data-replay-slot": s.slot, "data-matches": String(s.matches) },
        el("th", { scope: "row" }, s.slot),
        el("td", {}, strategyName(s.strategy), s.modelVersion ? el("div", { class: "muted" }, `model version ${s.modelVersion}`) : null),
        el("td", { class: "variant" }, el("code", {}, s.loggedVariant ?? "—"), ` · ${percent(s.loggedProbability)}`),
        el("td", { class: "variant" }, el("code", {}, s.replayedVariant ?? "—"), ` · ${percent(s.replayedProbability)}`),
        el("td", {}, verdict(s.matches)))))));
}

// The rules of a policy in words: one card per rule, in the order written, with its id, type, scope
// (the surfaces it covers or every surface), segment (its `when` predicate or every visitor), its
// own parameters, and a sentence saying what it does. Values from the document are text only.

import { el } from "./dom.js";

const TYPES = {
  "discount-cap": "Discount cap",
  exclusion: "Exclusion",
  "consent-required": "Consent required",
  "data-residency": "Data residency",
  "offer-budget": "Offer budget",
  "exclusive-offers": "Exclusive offers",
  "frequency-cap": "Frequency cap",
  "prompt-budget": "Prompt budget",
  "required-companion": "Required companion",
  objective: "Objective weighting",
};

/** What every rule has; everything else is the rule's own parameters. */
const COMMON = new Set(["type", "id", "surfaces", "when"]);

const isPrimitive = (v) => v === null || typeof v !== "object";
const listed = (values) => {
  const items = (values || []).map(String);
  return items.length <= 1 ? items.join("") : items.slice(0, -1).join(", ") + " or " + items[items.length - 1];
};

/** A variant selector (exclude, trigger, companion) in words: it matches any of its criteria. */
function selector(s) {
  if (!s || typeof s !== "object") return "a variant";
  const criteria = [];
  if (s.anyOffer) criteria.push("an offer");
  if (s.offerTypes?.length) criteria.push(`an offer of type ${listed(s.offerTypes)}`);
  if (s.categories?.length) criteria.push(`category ${listed(s.categories)}`);
  if (s.componentTypes?.length) criteria.push(`component type ${listed(s.componentTypes)}`);
  if (s.variants?.length) criteria.push(`key ${listed(s.variants)}`);
  if (s.contentFields?.length) criteria.push(`content in ${listed(s.contentFields)}`);
  return criteria.length ? "a variant with " + criteria.join(", or with ") : "a variant";
}

function weights(w) {
  const entries = Object.entries(w || {}).filter(([, v]) => typeof v === "number");
  const total = entries.reduce((sum, [, v]) => sum + v, 0);
  if (!entries.length || total <= 0) return null;
  return entries.map(([name, v]) => `${name} ${Math.round((v / total) * 1000) / 10} %`).join(", ");
}

const SENTENCES = {
  "discount-cap": (r) => `No variant with a discount above ${r.maxPercent} % is eligible.`,
  exclusion: (r) => `For visitors in the segment, ${selector(r.exclude)} is not eligible.`,
  "consent-required": (r) => `Personalization only when the visitor's ${r.attribute} is true; ` +
    "otherwise every slot serves its default variant.",
  "data-residency": (r) => `For visitors in the segment, strategies do not see ${listed(r.attributes)} ` +
    "(the rules still read them).",
  "offer-budget": (r) => {
    const limits = [];
    if (r.maxPerPage != null) limits.push(`${r.maxPerPage} per page`);
    if (r.maxPerSession != null) limits.push(`${r.maxPerSession} per session`);
    return `${r.offerType ? `Offers of type ${r.offerType}` : "Offers of any type"}: at most ${limits.join(" and ")}.`;
  },
  "exclusive-offers": (r) => `A page carries offers of at most one of these types: ${listed(r.offerTypes)}.`,
  "frequency-cap": (r) => `At most ${r.max} impression${r.max === 1 ? "" : "s"} of ` +
    `${String(r.subject || "").replace("-", " ")} ${r.key} per visitor per ${r.window}.`,
  "prompt-budget": (r) => `At most ${r.maxPerSession} prompt${r.maxPerSession === 1 ? "" : "s"} per session ` +
    `(variants of component type ${listed(r.componentTypes)}).`,
  "required-companion": (r) => `A page that shows ${selector(r.trigger)} also shows ${selector(r.companion)}.`,
  objective: (r) => {
    const w = weights(r.weights);
    return w ? `The learner optimizes for ${w}.` : null;
  },
};

/** A rule's sentence, or null when the rule is incomplete or of a type this screen does not know. */
export function ruleSentence(rule) {
  try {
    return SENTENCES[rule.type]?.(rule) ?? null;
  } catch {
    return null;
  }
}

export function typeLabel(type) {
  return TYPES[type] || type;
}

function paramValue(value) {
  if (isPrimitive(value)) return String(value);
  if (Array.isArray(value)) {
    return value.every(isPrimitive) ? value.join(", ") : el("code", {}, JSON.stringify(value));
  }
  return el("ul", { class: "plain" }, Object.entries(value).map(([name, v]) =>
    el("li", {}, el("span", { class: "muted" }, name + ": "), paramValue(v))));
}

const empty = (v) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);

/** One card per rule, in the order written; `caption` names the list for screen readers. */
export function ruleList(rules, caption) {
  if (!rules?.length) return el("p", { class: "muted", id: "no-rules" }, "This version has no rules.");
  return el("ol", { class: "rules", "aria-label": caption }, rules.map((rule, i) => ruleCard(rule, i)));
}

function ruleCard(rule, i) {
  const headingId = `rule-${i}`;
  const params = Object.entries(rule).filter(([name, v]) => !COMMON.has(name) && !empty(v));
  const sentence = ruleSentence(rule);
  return el("li", { class: "rule", "data-rule": rule.id, "data-rule-type": rule.type, "aria-labelledby": headingId },
    el("h3", { id: headingId },
      el("span", { class: "rule-index muted" }, `rules[${i}] `), el("code", { class: "rule-id" }, rule.id), " ",
      el("span", { class: "tag" }, typeLabel(rule.type))),
    sentence ? el("p", { class: "rule-sentence" }, sentence) : null,
    el("dl", { class: "facts rule-facts" },
      el("dt", {}, "Type"), el("dd", { "data-rule-fact": "type" }, el("code", {}, rule.type)),
      el("dt", {}, "Scope"), el("dd", { "data-rule-fact": "scope" }, rule.surfaces?.length
        ? ["surfaces ", rule.surfaces.flatMap((s, n) => [n ? ", " : "", el("code", {}, s)])]
        : el("span", { class: "muted" }, "every surface")),
      el("dt", {}, "Segment"), el("dd", { "data-rule-fact": "segment" }, rule.when
        ? el("code", {}, rule.when) : el("span", { class: "muted" }, "every visitor")),
      params.flatMap(([name, value]) => [
        el("dt", {}, name), el("dd", { "data-rule-param": name }, paramValue(value))])));
}

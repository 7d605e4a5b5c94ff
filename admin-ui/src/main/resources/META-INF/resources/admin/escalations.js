// The escalation queue: decisions the learning strategy handed to people because its confidence was
// low for a segment (it served the slot's default meanwhile). Each item shows the evidence in words
// (expected reward ± width, observations in the segment, the margin over the second best, and the
// reasons); a strategy owner or admin resolves it with "explore" or "keep the default" and a
// comment. The resolved items are listed with who decided what and why.

import { get, request } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, flash, takeFlash } from "./dom.js";
import { can } from "./session.js";
import { when } from "./workflow.js";
import { fieldId } from "./fields.js";
import { modelHref } from "./decisions.js";
import { fieldErrors, problemKind, count } from "./form-errors.js";

const RESOLUTIONS = {
  explore: "Explore: let the learning strategy serve its choice to this segment and learn from it",
  "keep-default": "Keep the default: go on serving the slot's default variant to this segment",
};

const KINDS = { "low-confidence": "Low confidence", "policy-conflict": "Policy conflict" };
const mayResolve = () => can("strategy-owner", "admin");

const number = (n, digits = 3) => (n === null || n === undefined ? "—" : String(Number(Number(n).toFixed(digits))));

function segmentText(segment) {
  if (segment === null || segment === undefined || segment === "") return "every visitor";
  if (typeof segment === "object") {
    const parts = Object.entries(segment).map(([k, v]) => `${k} ${v}`);
    return parts.length ? parts.join(" × ") : "every visitor";
  }
  return String(segment);
}

function tabs(current) {
  const tab = (href, text, name) => el("a", { href, "aria-current": current === name ? "page" : null, "data-tab": name }, text);
  return el("nav", { class: "tabs", "aria-label": "Escalations" },
    tab("#/escalations", "Open", "open"), tab("#/escalations/resolved", "Resolved", "resolved"));
}

/**
 * Puts the number of open escalations next to the Escalations link of the top bar (every person's
 * role may read the queue); hidden, not a guess, when the queue cannot be read.
 */
export async function refreshEscalationCount() {
  const badge = document.getElementById("escalation-count");
  if (!badge) return;
  const link = badge.closest("a");
  try {
    const page = await get("/escalations?status=open&limit=1");
    const open = page.total ?? (page.items || []).length;
    const shown = String(open);
    badge.textContent = shown;
    badge.hidden = false;
    badge.classList.toggle("attention", open > 0);
    link.dataset.open = String(open);
    link.setAttribute("aria-label", `Escalations, ${shown} open`);
  } catch {
    badge.hidden = true;
    delete link.dataset.open;
    link.removeAttribute("aria-label");
  }
}

/** The queue: open items (status "open") or the resolved ones (status "resolved"). */
export async function escalationsPage(which = "open") {
  const resolved = which === "resolved";
  loading();
  const screen = location.hash;
  let items;
  try {
    items = (await get("/escalations?status=" + (resolved ? "resolved" : "open"))).items || [];
  } catch (e) {
    if (location.hash !== screen) return;
    return showError("The escalation queue could not be loaded: " + e.message, () => escalationsPage(which));
  }
  if (location.hash !== screen) return; // the person went on to another screen meanwhile
  show(
    takeFlash(),
    el("h1", {}, "Escalations"),
    el("p", { class: "muted" }, "When the learning strategy is not confident enough about a segment (too few outcomes, " +
      "a wide estimate, or a narrow lead), it serves the slot's default variant and hands the decision to a person here; " +
      "so does a slot the policies left out of a page entirely. " +
      (mayResolve()
        ? "Resolve an item with explore or keep the default, and say why."
        : "Resolving an escalation needs the strategy-owner or admin role; you can read the queue.")),
    tabs(which),
    items.length === 0
      ? el("p", { class: "notice", id: "no-escalations" }, resolved ? "No escalation has been resolved yet."
        : "No open escalation: the learning strategy is confident about every segment it has seen.")
      : el("ol", { class: "escalations", "aria-label": `${resolved ? "Resolved" : "Open"} escalations (${items.length})` },
        items.map(escalationItem)));
  status.textContent = count(items.length, resolved ? "resolved escalation" : "open escalation");
  focusMain();
}

function escalationItem(item) {
  const titleId = "escalation-" + String(item.id).replace(/[^A-Za-z0-9_-]/g, "-");
  const ev = item.evidence || {};
  return el("li", { class: "escalation", "data-escalation": String(item.id), "data-status": item.status || "open",
    "aria-labelledby": titleId },
  el("h2", { id: titleId }, el("a", { href: surfaceHref(item.surface) }, item.surface), ` · slot ${item.slot}`,
    el("span", { class: "muted" }, ` · segment ${segmentText(item.segment)}`), " ",
    item.kind ? el("span", { class: "badge warn", "data-kind": item.kind }, KINDS[item.kind] || item.kind) : null),
  el("p", { class: "muted" }, `Seen ${count(item.occurrences ?? 1, "time")}, first ${when(item.firstSeen)}, last ${when(item.lastSeen)}`,
    " · ", el("a", { href: modelHref(item.surface, item.slot) },
      ev.modelVersion != null ? `the slot's model (decided with version ${ev.modelVersion})` : "the slot's model")),
  el("div", { class: "why-not reasons" }, el("strong", {}, "Why it needs a person: "),
    (item.reasons || []).length
      ? el("ul", { "data-reasons": "" }, item.reasons.map((r) => el("li", {}, r)))
      : "low confidence."),
  Object.keys(ev).length === 0 ? null : el("dl", { class: "figures evidence", "aria-label": "Evidence" },
    el("div", { class: "figure", "data-evidence": "variant" }, el("dt", {}, "The strategy's choice"),
      el("dd", {}, el("code", {}, ev.variant ?? "—"))),
    el("div", { class: "figure", "data-evidence": "expected-reward" }, el("dt", {}, "Expected reward"),
      el("dd", {}, number(ev.expectedReward), el("span", { class: "muted" }, `± ${number(ev.width)}`))),
    el("div", { class: "figure", "data-evidence": "observations" }, el("dt", {}, "Outcomes seen in the segment"),
      el("dd", {}, number(ev.segmentObservations, 1))),
    el("div", { class: "figure", "data-evidence": "margin" }, el("dt", {}, "Lead over the second best"),
      el("dd", {}, number(ev.margin)))),
  Object.keys(ev).length === 0 ? null : el("p", { class: "help muted" }, `Expected reward is on the objective's scale (0 to 1 for clicks); ± is the width of the ` +
    "estimate, a relative signal: wider means less certain."),
  item.status === "resolved" ? resolution(item) : mayResolve() ? resolveForm(item) : null);
}

function resolution(item) {
  return el("p", { class: "notice", "data-resolution": item.resolution || "" },
    el("strong", {}, item.resolution === "explore" ? "Explore" : item.resolution === "keep-default" ? "Keep the default" : item.resolution || "Resolved"),
    ` — by ${item.resolvedBy || "—"} on ${when(item.resolvedAt)}`, item.comment ? [": ", el("q", {}, item.comment)] : "");
}

function resolveForm(item) {
  const name = "resolution-" + String(item.id).replace(/[^A-Za-z0-9_-]/g, "-");
  const radios = Object.entries(RESOLUTIONS).map(([value, label]) => {
    const input = el("input", { type: "radio", name, value, id: fieldId(name + "-" + value), "data-input": "resolution" });
    return { input, node: el("div", { class: "check" }, input, el("label", { for: input.id }, label)) };
  });
  const group = el("fieldset", { class: "group resolution", "data-field": "resolution" },
    el("legend", {}, "Resolution"), radios.map((r) => r.node));
  const comment = el("textarea", { id: fieldId(name + "-comment"), name: "comment", rows: "2", "data-input": "comment", required: true });
  const submit = el("button", { type: "submit", class: "primary", "data-action": "resolve" }, "Resolve");
  const message = el("div", { class: "action-message", "aria-live": "polite" });
  const form = el("form", { class: "workflow-action", "data-form": "resolve", "aria-label": `Resolve the escalation of ${item.slot}`, novalidate: true },
    group,
    el("div", { class: "field", "data-field": "comment" }, el("label", { for: comment.id }, "Comment (required)"), comment),
    el("p", { class: "actions" }, submit), message);
  const errors = fieldErrors({ comment });
  // the radio group's error goes under the group, which is described by it
  const markResolution = (text) => {
    const id = fieldId("error-resolution");
    group.append(el("p", { class: "field-error", id, "data-error-for": "resolution" }, text));
    group.setAttribute("aria-invalid", "true");
    group.setAttribute("aria-describedby", id);
  };
  const clearResolution = () => {
    group.querySelector(".field-error")?.remove();
    group.removeAttribute("aria-invalid");
    group.removeAttribute("aria-describedby");
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errors.clear();
    clearResolution();
    message.replaceChildren();
    const chosen = radios.find((r) => r.input.checked)?.input.value;
    const text = comment.value.trim();
    if (!chosen) markResolution("Choose explore or keep the default.");
    if (!text) errors.mark("comment", "Say why: a comment is required.");
    if (!chosen || !text) return (chosen ? comment : radios[0].input).focus();
    submit.disabled = true;
    submit.textContent = "Resolving…";
    form.setAttribute("aria-busy", "true");
    message.replaceChildren(el("p", { class: "muted progress", role: "status" }, "Resolving… waiting for the server"));
    try {
      await request(`/escalations/${encodeURIComponent(item.id)}/resolve`, { method: "POST", body: { resolution: chosen, comment: text } });
      flash(`The escalation of ${item.surface} · ${item.slot} is resolved: ${chosen === "explore" ? "explore" : "keep the default"}.`);
      refreshEscalationCount();
      escalationsPage();
    } catch (e) {
      message.replaceChildren();
      if (e.status === 400 && e.errors.length) {
        const unmatched = e.errors.filter((err) => err.field === "resolution" ? (markResolution(err.message), false)
          : !errors.mark(err.field, err.message));
        message.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": "validation" }, "Nothing was resolved: " +
          (unmatched.length ? unmatched.map((u) => `${u.field || "request"}: ${u.message}`).join("; ") : "see the message next to the field.")));
        (group.hasAttribute("aria-invalid") ? radios[0].input : form.querySelector("[aria-invalid=true]"))?.focus();
      } else if (e.status === 409) {
        message.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": problemKind(e, "escalation-resolved") },
          "Someone resolved this escalation already: ", e.message, " ",
          el("button", { type: "button", "data-action": "reload", onclick: escalationsPage }, "Reload the queue")));
      } else {
        message.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": problemKind(e) },
          e.status === 403 ? "The server refused: resolving an escalation needs the strategy-owner or admin role."
            : e.status === 0 ? e.message + " Nothing was resolved; try again." : "Nothing was resolved: " + e.message));
      }
    } finally {
      submit.disabled = false;
      submit.textContent = "Resolve";
      form.removeAttribute("aria-busy");
    }
  });
  return form;
}

// The publishing workflow's building blocks: stage badges, the high-impact flag, readable diffs, and
// a form that runs one workflow action (submit, approve, reject, publish, roll back, archive) with a
// comment, shows progress while it runs, and puts the server's refusal next to the field it names.

import { request } from "./api.js";
import { el } from "./dom.js";
import { fieldId } from "./fields.js";

const STAGES = {
  draft: "Draft", "in-review": "In review", approved: "Approved", published: "Published", archived: "Archived",
};

export function stageBadge(stage) {
  return el("span", { class: "badge stage-" + stage, "data-stage": stage }, STAGES[stage] || stage);
}

export function when(at) {
  return at ? new Date(at).toLocaleString() : "—";
}

/** The high-impact flag with its reasons, or a quiet note for an ordinary change. */
export function impactFlag(review) {
  const reasons = review?.impact?.reasons || [];
  if (!reasons.length) return el("span", { class: "muted", "data-impact": "ordinary" }, "Ordinary change");
  return el("div", { class: "impact", "data-impact": "high" },
    el("strong", {}, "⚑ High impact"), " — needs a strategy owner's approval as well:",
    el("ul", {}, reasons.map((r) => el("li", {}, r))));
}

export function workflowPath(key, version, action) {
  return `/surfaces/${encodeURIComponent(key)}/versions/${encodeURIComponent(version)}/${action}`;
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const empty = (v) => v === undefined || v === null || (Array.isArray(v) && v.length === 0)
  || (isObject(v) && Object.keys(v).length === 0);

function value(v) {
  if (empty(v)) return el("span", { class: "muted" }, "(none)");
  if (Array.isArray(v) && v.every((x) => x === null || typeof x !== "object")) return el("pre", {}, v.join(", "));
  return el("pre", {}, typeof v === "string" ? v : JSON.stringify(v, null, 2));
}

/**
 * A change of a whole object (a variant added, a slot removed) becomes one row per field, so a
 * reviewer reads "content/headline: Welcome → Hello" rather than two blobs of JSON.
 */
function leaves(path, before, after, out, depth = 0) {
  const objects = (isObject(before) || before == null) && (isObject(after) || after == null);
  if (!objects || depth > 6 || (before == null && after == null)) {
    // "nothing" before and "nothing" after (absent, null, an empty list) is no change to a reader
    if (!(empty(before) && empty(after)) && JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, before, after });
    return out;
  }
  const names = [...new Set([...Object.keys(before || {}), ...Object.keys(after || {})])];
  for (const name of names) leaves(`${path}/${name}`, before?.[name], after?.[name], out, depth + 1);
  return out;
}

/** Changed paths with their values before and after, as text. */
export function diffTable(changes, caption) {
  changes = (changes || []).flatMap((c) => leaves(c.path, c.before, c.after, []));
  if (changes.length === 0) return el("p", { class: "muted", "data-diff": "empty" }, "No changes.");
  return el("table", { class: "diff", "data-diff": "changes" },
    el("caption", {}, caption || "Changes"),
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, "Path"), el("th", { scope: "col" }, "Before"), el("th", { scope: "col" }, "After"))),
    el("tbody", {}, changes.map((c) => el("tr", { "data-path": c.path },
      el("th", { scope: "row" }, el("code", {}, c.path)),
      el("td", { class: "before" }, value(c.before)),
      el("td", { class: "after" }, value(c.after))))));
}

/** The action that failed, in words a person can act on; the rule's slug stays in data-problem. */
function explain(e) {
  const rule = (e.problem?.type || "").split("/").pop();
  if (e.status === 403 && rule !== "own-change") return { rule: rule || "forbidden", text: "The server refused: " + e.message };
  if (e.status === 0) return { rule: "unreachable", text: e.message + " Nothing was changed; try again." };
  return { rule: rule || "failed", text: e.message };
}

/**
 * A form for one or more workflow actions on one version.
 * fields: extra inputs {name, label, type} (e.g. publishAt as datetime-local), sent as ISO instants.
 * buttons: [{label, action, path, primary, busy, check(values) -> {field: message} | null}].
 * done(reply, button): called after the server accepted the action; reload: offered after a conflict.
 * describe(field): how a refusal's errors[].field is shown (e.g. "rules[1] (rule max-15-percent)").
 */
export function actionForm({ name, legend, commentLabel = "Comment (optional)", fields = [], buttons, done, reload, describe }) {
  const message = el("div", { class: "action-message", "aria-live": "polite" });
  const inputs = {};
  const commentId = fieldId(name + "-comment");
  const comment = el("textarea", { id: commentId, name: "comment", rows: "2", "data-input": "comment" });
  inputs.comment = comment;
  const wrap = (field, labelText, input) =>
    el("div", { class: "field", "data-field": field }, el("label", { for: input.id }, labelText), input);
  const extra = fields.map((f) => {
    const input = el("input", { type: f.type, id: fieldId(name + "-" + f.name), name: f.name, "data-input": f.name });
    inputs[f.name] = input;
    return wrap(f.name, f.label, input);
  });
  const buttonNodes = buttons.map((b) => el("button", {
    type: "button", class: b.primary ? "primary" : null, "data-action": b.action,
  }, b.label));
  const form = el("form", { class: "workflow-action", "data-form": name, "aria-label": legend, novalidate: true },
    el("fieldset", { class: "group" }, el("legend", {}, legend),
      wrap("comment", commentLabel, comment), ...extra,
      el("p", { class: "actions" }, buttonNodes.flatMap((n) => [n, " "])), message));
  form.addEventListener("submit", (e) => e.preventDefault());

  const clear = () => {
    message.replaceChildren();
    for (const node of form.querySelectorAll(".field-error")) node.remove();
    for (const input of Object.values(inputs)) {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
  };
  const markField = (field, text) => {
    const input = inputs[field];
    if (!input) return false;
    const id = fieldId("error-" + field);
    input.parentElement.append(el("p", { class: "field-error", id }, text));
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", id);
    return true;
  };
  buttons.forEach((b, i) => buttonNodes[i].addEventListener("click", async () => {
    clear();
    const values = { comment: comment.value.trim() || undefined };
    for (const f of fields) {
      const raw = inputs[f.name].value;
      values[f.name] = raw ? new Date(raw).toISOString() : undefined;
    }
    const refused = b.check?.(values);
    if (refused) {
      for (const [field, text] of Object.entries(refused)) markField(field, text);
      form.querySelector("[aria-invalid=true]")?.focus();
      return;
    }
    const body = b.body ? b.body(values) : values;
    const label = buttonNodes[i].textContent;
    for (const n of buttonNodes) n.disabled = true;
    buttonNodes[i].textContent = b.busy || "Working…";
    form.setAttribute("aria-busy", "true");
    message.replaceChildren(el("p", { class: "muted progress", role: "status" }, (b.busy || "Working…") + " waiting for the server"));
    try {
      const reply = await request(b.path, { method: "POST", body });
      message.replaceChildren();
      await done(reply.body, b);
    } catch (e) {
      message.replaceChildren();
      if (e.status === 400 && e.errors?.length) {
        const unmatched = e.errors.filter((err) => !markField(err.field, err.message));
        message.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": "validation" },
          "Nothing was changed: " + (unmatched.length ? unmatched.map((u) => `${u.field || "request"}: ${u.message}`).join("; ")
            : "see the message next to the field.")));
        form.querySelector("[aria-invalid=true]")?.focus();
      } else {
        const { rule, text } = explain(e);
        // a refusal can name what caused it (e.g. the rules[i] of a policy whose defaults conflict)
        const causes = (e.errors || []).length ? el("ul", { class: "problem-errors" }, e.errors.map((err) =>
          el("li", { "data-error-field": err.field || "" }, err.field ? [el("code", {}, describe ? describe(err.field) : err.field), ": "] : null,
            err.message))) : null;
        // a conflict means the page shows an out-of-date stage: offer the current one
        message.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": rule }, text, causes,
          e.status === 409 && reload
            ? el("button", { type: "button", "data-action": "reload", onclick: reload }, "Reload to see the current state") : null));
      }
    } finally {
      form.removeAttribute("aria-busy");
      buttonNodes[i].textContent = label;
      for (const n of buttonNodes) n.disabled = false;
    }
  }));
  return form;
}

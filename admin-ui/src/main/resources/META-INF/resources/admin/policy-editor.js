// The policy editor for strategy owners: the document as JSON in a text area. Saving a policy
// writes a new version under If-Match of the version it was read from (PUT), or creates version 1
// (POST). The server validates every rule; each error it names (rules[1].when, with the position in
// a predicate) is listed under the document with its path, and can be found in the text.

import { request } from "./api.js";
import { el, flash } from "./dom.js";

export function policyHref(key, ...rest) {
  return "#/policies/" + [key, ...rest].map(encodeURIComponent).join("/");
}

/** The document as a person edits it: key and rules (the server numbers versions itself). */
export function documentText(policy) {
  return JSON.stringify({ key: policy.key, rules: policy.rules || [] }, null, 2);
}

const TEMPLATE = JSON.stringify({
  key: "",
  rules: [{ type: "discount-cap", id: "max-15-percent", maxPercent: 15 }],
}, null, 2);

/** Where a field of the document is written in the text, as {start, end}, or null. */
function locate(text, doc, field, position) {
  const match = /^rules\[(\d+)\](?:\.([A-Za-z]+))?/.exec(field || "");
  const rule = match && Array.isArray(doc?.rules) ? doc.rules[Number(match[1])] : null;
  if (!rule || typeof rule !== "object") return null;
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // the rule is found by its id (the rule before it may hold the same property names)
  let from = 0;
  let found = null;
  if (typeof rule.id === "string") {
    const id = new RegExp(`"id"\\s*:\\s*${escape(JSON.stringify(rule.id))}`, "g");
    found = id.exec(text);
    if (!found) return null;
    from = found.index;
    if (id.exec(text)) return null; // the id is written twice: no guessing which one is meant
  } else if (match[1] !== "0") {
    return null;
  }
  const name = match[2];
  if (!name || name === "id") return found ? { start: found.index, end: found.index + found[0].length } : null;
  const property = new RegExp(`"${escape(name)}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*"|[-\\w.+]+)?`, "g");
  property.lastIndex = from;
  const at = property.exec(text);
  if (!at) return null;
  const start = at.index;
  const end = start + at[0].length;
  const value = rule[name];
  if (position != null && typeof value === "string" && at[1]?.startsWith('"')) {
    // the character the predicate error points at, inside the string as written in JSON
    const valueStart = end - at[1].length + 1;
    const offset = JSON.stringify(value.slice(0, position)).length - 2;
    const token = /^[^\s()[\],]*/.exec(value.slice(position))[0];
    const tokenLength = Math.max(1, JSON.stringify(token).length - 2);
    return { start: valueStart + offset, end: Math.min(end - 1, valueStart + offset + tokenLength) };
  }
  return { start, end };
}

/** The JSON editor of one policy (mode "edit", with the version it is based on) or of a new one. */
export class PolicyEditor {
  constructor({ mode, key = null, version = null, text = TEMPLATE, onStale = null }) {
    this.mode = mode;
    this.key = key;
    this.version = version;
    this.onStale = onStale;
    this.summary = el("div", { id: "form-errors", tabindex: "-1" });
    this.textarea = el("textarea", {
      id: "policy-document", name: "document", rows: "24", spellcheck: "false", autocomplete: "off",
      autocapitalize: "off", "data-input": "document", "aria-describedby": "policy-document-help",
    });
    this.textarea.value = text;
    this.errors = el("ul", { class: "document-errors", id: "document-errors", "aria-label": "Problems in the document", hidden: true });
    this.comment = el("input", { type: "text", id: "policy-comment", name: "comment", "data-input": "comment" });
    this.saveButton = el("button", { type: "submit", class: "primary", "data-action": "save" }, this.saveLabel());
  }

  saveLabel() {
    return this.mode === "edit" ? "Save as a new version" : "Create the policy";
  }

  /** The form: the document, the errors under it, a comment, Save, Format. */
  node(cancelHref) {
    const form = el("form", { class: "policy-editor", "data-form": "policy-editor", "aria-label": "Policy document", novalidate: true },
      el("div", { class: "field", "data-field": "document" },
        el("label", { for: "policy-document" }, "Policy document (JSON)"),
        this.textarea,
        el("p", { class: "help muted", id: "policy-document-help" },
          "key, and the rules in the order written. Every rule has a type, an id (unique, stable across versions), ",
          "optional surfaces (none: every surface) and an optional when predicate (none: every visitor), e.g. ",
          el("code", {}, 'ageBand == "under-18" or not ageBand exists'), ". Rule types: discount-cap, exclusion, ",
          "consent-required, data-residency, offer-budget, exclusive-offers, frequency-cap, prompt-budget, ",
          "required-companion, objective."),
        this.errors),
      el("div", { class: "field", "data-field": "comment" },
        el("label", { for: "policy-comment" }, "Comment (why this change, optional)"), this.comment),
      el("p", { class: "actions" }, this.saveButton, " ",
        el("button", { type: "button", "data-action": "format", onclick: () => this.format() }, "Format the JSON"), " ",
        el("a", { href: cancelHref }, "Cancel")));
    form.addEventListener("submit", (e) => { e.preventDefault(); this.save(); });
    return [this.summary, form];
  }

  /** The document in the text area: {doc} or {error} when it is not a JSON object. */
  read() {
    try {
      const doc = JSON.parse(this.textarea.value);
      if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
        return { error: "The document must be a JSON object with key and rules." };
      }
      return { doc };
    } catch (e) {
      return { error: "This is not valid JSON: " + e.message, at: Number(/position (\d+)/.exec(e.message)?.[1] ?? NaN) };
    }
  }

  format() {
    const read = this.read();
    this.clearErrors();
    if (read.error) return this.showErrors([{ field: "document", message: read.error, at: read.at }]);
    this.textarea.value = JSON.stringify(read.doc, null, 2);
  }

  select(range) {
    this.textarea.focus();
    this.textarea.setSelectionRange(range.start, range.end);
    // bring the selection into view: put the caret line near the top of the text area
    const line = this.textarea.value.slice(0, range.start).split("\n").length - 1;
    const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 18;
    this.textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  /** Lists the errors under the document, each with its path and, when it can be found, a way to it. */
  showErrors(errors) {
    const text = this.textarea.value;
    const doc = this.read().doc;
    this.errors.replaceChildren(...errors.map((err) => {
      const index = /^rules\[(\d+)\]/.exec(err.field || "")?.[1];
      const rule = index != null && Array.isArray(doc?.rules) ? doc.rules[Number(index)] : null;
      const range = Number.isFinite(err.at) ? { start: err.at, end: Math.min(text.length, err.at + 1) }
        : locate(text, doc, err.field, err.position);
      return el("li", { class: "field-error", "data-error-field": err.field || "" },
        err.field && err.field !== "document" ? [el("code", {}, err.field), ": "] : null,
        err.message,
        err.position != null ? ` (position ${err.position})` : "",
        typeof rule?.id === "string" && !/\.id$/.test(err.field) ? el("span", { class: "muted" }, ` in rule ${rule.id}`) : null,
        range ? [" ", el("button", {
          type: "button", class: "small", "data-action": "show-error",
          "aria-label": `Show ${err.field && err.field !== "document" ? err.field : "the place"} in the document`,
          onclick: () => this.select(range),
        }, "Show")] : null);
    }));
    this.errors.hidden = errors.length === 0;
    if (errors.length) {
      this.textarea.setAttribute("aria-invalid", "true");
      this.textarea.setAttribute("aria-describedby", "policy-document-help document-errors");
    }
  }

  clearErrors() {
    this.summary.replaceChildren();
    this.errors.replaceChildren();
    this.errors.hidden = true;
    this.textarea.removeAttribute("aria-invalid");
    this.textarea.setAttribute("aria-describedby", "policy-document-help");
  }

  alert(kind, ...content) {
    this.summary.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": kind }, ...content));
  }

  async save() {
    this.clearErrors();
    const read = this.read();
    if (read.error) {
      this.showErrors([{ field: "document", message: read.error, at: read.at }]);
      this.alert("invalid-json", "Nothing was saved: the document is not valid JSON.");
      this.textarea.focus();
      return;
    }
    const comment = this.comment.value.trim();
    const query = comment ? "?comment=" + encodeURIComponent(comment) : "";
    this.saveButton.disabled = true;
    this.saveButton.textContent = "Saving…";
    try {
      const written = this.mode === "edit"
        ? await request(`/policies/${encodeURIComponent(this.key)}${query}`, { method: "PUT", body: read.doc, version: this.version })
        : await request(`/policies${query}`, { method: "POST", body: read.doc });
      const policy = written.body;
      flash(this.mode === "edit"
        ? `Saved version ${policy.version} of policy ${policy.key}. It is a draft: submit it for approval to make it active.`
        : `Created policy ${policy.key}, version 1. It is a draft: submit it for approval to make it active.`);
      location.hash = policyHref(policy.key);
    } catch (e) {
      this.failed(e, read.doc);
    } finally {
      this.saveButton.disabled = false;
      this.saveButton.textContent = this.saveLabel();
    }
  }

  failed(e, doc) {
    const type = e.problem?.type || "";
    if (e.status === 409 && type.endsWith("/stale-version")) {
      this.alert("stale-version",
        `Someone saved policy ${this.key} while you were editing: it is now at version ${e.problem.currentVersion ?? "?"}, ` +
        `and your document was based on version ${this.version}. Nothing was saved. `,
        "Reload the current version to edit it (your text stays on the page to copy from). ",
        el("button", { type: "button", "data-action": "reload", onclick: () => this.onStale?.(this.textarea.value) },
          "Reload the current version"));
      this.summary.focus();
    } else if (e.status === 409 && type.endsWith("/policy-exists")) {
      this.alert("policy-exists", `Nothing was saved: a policy with the key ${doc.key} exists already. `,
        el("a", { href: policyHref(doc.key) }, `Open policy ${doc.key}`));
      this.summary.focus();
    } else if (e.status === 400 && e.errors.length) {
      this.showErrors(e.errors);
      this.alert(type.split("/").pop() || "validation",
        `Nothing was saved: the document has ${e.errors.length === 1 ? "1 problem" : e.errors.length + " problems"}; ` +
        "see the list under it.");
      this.textarea.focus();
    } else {
      this.alert(type.split("/").pop() || "failed", `Nothing was saved: ${e.message} `,
        el("button", { type: "button", "data-action": "retry", onclick: () => this.save() }, "Try again"));
      this.summary.focus();
    }
  }
}

// The variant editor: a form generated from the variant's component type, with tags from the
// vocabularies and an offer. Save writes the variant under If-Match of the surface version it was
// read from; server errors are shown next to the field they name.

import { get, request, paths } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, back, flash } from "./dom.js";
import { fieldControl, checkboxGroup, fieldId } from "./fields.js";
import { can } from "./session.js";

const VOCABULARIES = [
  ["intents", "intents", "Intents"],
  ["lifecycleStages", "lifecycle-stages", "Lifecycle stages"],
  ["categories", "categories", "Categories"],
];

async function load(key) {
  const [surface, types, vocabularies] = await Promise.all([
    request(paths.surface(key)), get("/component-types?size=200"), get("/vocabularies")]);
  return { surface: surface.body, version: surface.version ?? surface.body.version, types: types.items, vocabularies };
}

/** Edit an existing variant (variantKey) or add a new one to the slot (variantKey null). */
export async function editorPage(key, slotKey, variantKey) {
  if (!can("editor")) {
    return show(back(surfaceHref(key), "Back to the surface"),
      el("p", { class: "error", role: "alert", id: "no-role" }, "Editing variants needs the editor role; you can read them on the surface."));
  }
  loading();
  let data;
  try {
    data = await load(key);
  } catch (e) {
    return showError(`The variant editor could not be loaded: ${e.message}`, () => editorPage(key, slotKey, variantKey));
  }
  const slot = data.surface.slots.find((s) => s.key === slotKey);
  const original = slot && variantKey ? slot.variants.find((v) => v.key === variantKey) : null;
  if (!slot || (variantKey && !original)) {
    return showError(`There is no ${slot ? "variant " + variantKey : "slot " + slotKey} on surface ${key}.`,
      () => editorPage(key, slotKey, variantKey));
  }
  new VariantForm(key, slot, original, data).render();
}

class VariantForm {
  constructor(key, slot, original, data) {
    this.key = key;
    this.slot = slot;
    this.original = original;
    this.version = data.version;
    this.vocabularies = data.vocabularies;
    const allowed = slot.constraints?.allowedComponentTypes || [];
    this.types = allowed.length ? data.types.filter((t) => allowed.includes(t.key)) : data.types;
    this.allTypes = data.types;
  }

  render() {
    // a new variant starts with the component type of the slot's default variant
    const usual = this.slot.variants.find((x) => x.key === this.slot.defaultVariant)?.componentType;
    const start = this.types.some((t) => t.key === usual) ? usual : this.types[0]?.key;
    const v = this.original || { key: "", name: "", componentType: start, content: {}, tags: {} };
    this.summary = el("div", { id: "form-errors", tabindex: "-1" });
    this.controls = {};
    this.contentBox = el("div", { id: "content-fields" });
    const fixed = [];
    if (this.original) {
      fixed.push(el("p", { class: "muted" }, `Variant key ${v.key} · component type ${v.componentType}`));
    } else {
      this.keyInput = this.simple("key", "Key (lower-case letters, digits, dashes)", "");
      const typeSelect = el("select", {}, this.types.map((t) => el("option", { value: t.key }, t.name)));
      typeSelect.value = v.componentType || "";
      typeSelect.addEventListener("change", () => this.renderContent(typeSelect.value, {}));
      this.typeInput = typeSelect;
      fixed.push(this.keyInput.node, this.wrap("componentType", "Component type", typeSelect));
    }
    this.nameInput = this.simple("name", "Name", v.name);
    const tagGroups = VOCABULARIES.map(([field, kind, legend]) => {
      const control = checkboxGroup(this.vocabularies[kind] || [], (v.tags || {})[field], `tags.${field}`, legend);
      this.controls[field] = control;
      return control.node;
    });
    const offer = this.offerFields(v.offer);
    this.saveButton = el("button", { type: "submit", class: "primary" }, this.original ? "Save" : "Add variant");
    const form = el("form", { novalidate: true, "aria-labelledby": "editor-title" },
      ...fixed, this.nameInput.node,
      el("h2", {}, "Content"), this.contentBox,
      el("h2", {}, "Tags"), ...tagGroups,
      el("h2", {}, "Offer"), offer,
      el("p", { class: "actions" }, this.saveButton, " ",
        el("a", { href: surfaceHref(this.key) }, "Cancel")));
    form.addEventListener("submit", (e) => { e.preventDefault(); this.save(); });
    this.renderContent(v.componentType, v.content || {});
    show(
      back(surfaceHref(this.key), "Back to the surface"),
      el("h1", { id: "editor-title" }, this.original
        ? `Edit variant ${this.original.name}` : `Add a variant to ${this.slot.name}`),
      el("p", { class: "muted" }, `Slot ${this.slot.name} · based on surface version ${this.version}`),
      this.summary, form);
    status.textContent = this.original ? `Editing ${this.original.name}` : `New variant for ${this.slot.name}`;
    focusMain();
  }

  wrap(path, label, input) {
    const id = fieldId(path);
    input.id = id;
    return el("div", { class: "field", "data-field": path }, el("label", { for: id }, label), input);
  }

  simple(path, label, value) {
    const input = el("input", { type: "text" });
    input.value = value ?? "";
    return { node: this.wrap(path, label, input), read: () => input.value.trim() };
  }

  renderContent(typeKey, content) {
    const type = this.allTypes.find((t) => t.key === typeKey);
    this.contentControls = [];
    if (!type) {
      this.contentBox.replaceChildren(el("p", { class: "error" }, `Component type ${typeKey} is unknown.`));
      return;
    }
    this.contentControls = type.fields.map((def) => [def.name, fieldControl(def, content[def.name], `content.${def.name}`)]);
    this.contentBox.replaceChildren(
      type.description ? el("p", { class: "muted" }, type.description) : "",
      ...this.contentControls.map(([, c]) => c.node));
  }

  offerFields(offer) {
    const type = el("input", { type: "text", list: "offer-types" });
    type.value = offer?.type ?? "";
    const discount = el("input", { type: "number", min: "0", max: "100", step: "0.01" });
    discount.value = offer?.discountPercent ?? "";
    this.offerRead = () => {
      if (!type.value.trim()) return undefined;
      const out = { ...(offer || {}), type: type.value.trim() };
      if (discount.value === "") delete out.discountPercent; else out.discountPercent = Number(discount.value);
      return out;
    };
    const cap = this.slot.constraints?.maxDiscountPercent;
    return el("fieldset", { class: "group", "data-field": "offer" },
      el("legend", {}, "Offer (leave the type empty for no offer)"),
      this.wrap("offer.type", "Offer type (e.g. discount, free-shipping)", type),
      el("datalist", { id: "offer-types" }, el("option", { value: "discount" }), el("option", { value: "free-shipping" })),
      this.wrap("offer.discountPercent", "Discount %" + (cap != null ? ` (this slot allows at most ${cap} %)` : ""), discount));
  }

  read() {
    const content = {};
    for (const [name, c] of this.contentControls) {
      const value = c.read();
      if (value !== undefined) content[name] = value;
    }
    const variant = { ...(this.original || {}) };
    if (!this.original) {
      variant.key = this.keyInput.read();
      variant.componentType = this.typeInput.value;
    }
    variant.name = this.nameInput.read();
    variant.content = content;
    variant.tags = Object.fromEntries(VOCABULARIES.map(([field]) => [field, this.controls[field].read()]));
    const offer = this.offerRead();
    if (offer) variant.offer = offer; else delete variant.offer;
    return variant;
  }

  async save() {
    this.clearErrors();
    const variant = this.read();
    this.saveButton.disabled = true;
    this.saveButton.textContent = "Saving…";
    try {
      const path = paths.variant(this.key, this.slot.key, this.original?.key);
      const written = await request(path, { method: this.original ? "PUT" : "POST", body: variant, version: this.version });
      flash(`Saved variant ${variant.name}: the surface is now at version ${written.version}.`);
      location.hash = surfaceHref(this.key);
    } catch (e) {
      this.failed(e);
    } finally {
      this.saveButton.disabled = false;
      this.saveButton.textContent = this.original ? "Save" : "Add variant";
    }
  }

  failed(e) {
    if (e.status === 409 && e.problem.type?.endsWith("/stale-version")) {
      this.alert(`Someone changed this surface while you were editing: it is now at version ` +
        `${e.problem.currentVersion ?? "?"}, and your changes were based on version ${this.version}. ` +
        "Nothing was saved. Reload to edit the current version (your changes in this form will be lost).",
        "Reload", () => location.reload(), "stale");
    } else if (e.status === 400 && e.errors.length) {
      const unmatched = e.errors.filter((err) => !this.markField(err));
      this.alert(`Nothing was saved: ${e.errors.length === 1 ? "1 field needs" : e.errors.length + " fields need"} attention.`,
        null, null, "validation", unmatched.map((err) => `${err.field}: ${err.message}`));
      this.view().querySelector("[aria-invalid=true]")?.focus();
    } else {
      this.alert(`Nothing was saved: ${e.message}`, "Try again", () => this.save(), "failed");
    }
  }

  view() {
    return document.getElementById("view");
  }

  alert(message, action, onAction, kind, details = []) {
    this.summary.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": kind },
      message, details.length ? el("ul", {}, details.map((d) => el("li", {}, d))) : null,
      action ? el("button", { type: "button", onclick: onAction, "data-action": kind }, action) : null));
  }

  /** Puts a server error next to its field: the exact path, else its nearest enclosing field. */
  markField(err) {
    let path = err.field || "";
    let target = null;
    while (path && !target) {
      target = this.view().querySelector(`[data-field="${CSS.escape(path)}"]`);
      const parent = path.replace(/(\[\d+\]|\.[^.[\]]+)$/, "");
      if (!target) path = parent === path ? "" : parent;
    }
    if (!target) return false;
    const id = fieldId("error-" + err.field);
    const message = el("p", { class: "field-error", id }, err.message);
    target.append(message);
    const inputs = target.matches("input, select, textarea") ? [target]
      : [...target.querySelectorAll("input, select, textarea")];
    const marked = target.tagName === "FIELDSET" ? [target, ...inputs] : inputs;
    for (const input of marked) {
      input.setAttribute("aria-invalid", "true");
      const described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      input.setAttribute("aria-describedby", [...described, id].join(" "));
    }
    return true;
  }

  clearErrors() {
    this.summary.replaceChildren();
    for (const node of this.view().querySelectorAll(".field-error")) node.remove();
    for (const node of this.view().querySelectorAll("[aria-invalid]")) {
      node.removeAttribute("aria-invalid");
      const kept = (node.getAttribute("aria-describedby") || "").split(" ").filter((id) => !id.startsWith("f-error-"));
      if (kept.length) node.setAttribute("aria-describedby", kept.join(" ")); else node.removeAttribute("aria-describedby");
    }
  }
}

// Form controls generated from a component type's typed fields. Each control is {node, read()}:
// read() gives the JSON value for the variant's content, or undefined when the field is left empty.
// Every element that can carry a server error has data-field set to its path in the request body
// (content.headline, content.image.alt, content.steps[2]), which is how errors find their field.

import { el } from "./dom.js";

let counter = 0;
export function fieldId(path) {
  return "f-" + path.replace(/[^A-Za-z0-9]+/g, "-") + "-" + (++counter);
}

function hint(def) {
  const parts = [];
  if (def.required) parts.push("required");
  if (def.minLength != null) parts.push(`at least ${def.minLength} characters`);
  if (def.maxLength != null) parts.push(`at most ${def.maxLength} characters`);
  if (def.min != null) parts.push(`from ${def.min}`);
  if (def.max != null) parts.push(`up to ${def.max}`);
  if (def.pattern) parts.push(`pattern ${def.pattern}`);
  if (def.multiple && def.maxItems != null) parts.push(`at most ${def.maxItems} items`);
  if (def.help) parts.push(def.help);
  return parts.join(" · ");
}

/** A labelled input wrapped in an element that errors attach to. */
function labelled(path, labelText, input, help) {
  const id = fieldId(path);
  input.id = id;
  input.name = path;
  const helpId = help ? id + "-help" : null;
  if (helpId) input.setAttribute("aria-describedby", helpId);
  return el("div", { class: "field", "data-field": path },
    el("label", { for: id }, labelText),
    input,
    help ? el("p", { class: "help muted", id: helpId }, help) : null);
}

const text = (v) => (v === undefined || v === null || v === "" ? undefined : v);
const number = (v) => (v === "" || v === undefined ? undefined : Number(v));

function textControl(def, value, path, label, help) {
  const input = def.type === "rich-text"
    ? el("textarea", { rows: "4" })
    : el("input", { type: "text" });
  input.value = value ?? "";
  return { node: labelled(path, label, input, help), read: () => text(input.value) };
}

function numberControl(def, value, path, label, help) {
  const input = el("input", { type: "number", step: "any" });
  input.value = value ?? "";
  return { node: labelled(path, label, input, help), read: () => number(input.value) };
}

function booleanControl(def, value, path, label, help) {
  const id = fieldId(path);
  const input = el("input", { type: "checkbox", id, name: path });
  input.checked = value === true;
  return {
    node: el("div", { class: "field check", "data-field": path },
      input, el("label", { for: id }, label), help ? el("p", { class: "help muted" }, help) : null),
    read: () => (input.checked ? true : def.required ? false : undefined),
  };
}

function selectControl(options, value, path, label, help, required) {
  const input = el("select", {},
    required ? null : el("option", { value: "" }, "(none)"),
    options.map((o) => el("option", { value: o }, o)));
  if (value != null && !options.includes(value)) input.append(el("option", { value }, value));
  input.value = value ?? (required ? options[0] ?? "" : "");
  return { node: labelled(path, label, input, help), read: () => text(input.value) };
}

/** A group of sub-inputs (image, link, money, reference) that together make one object value. */
function groupControl(def, value, path, label, help, parts) {
  const v = value || {};
  const controls = parts.map(([name, make]) => [name, make(v[name], `${path}.${name}`)]);
  const node = el("fieldset", { class: "group", "data-field": path },
    el("legend", {}, label), help ? el("p", { class: "help muted" }, help) : null,
    controls.map(([, c]) => c.node));
  return {
    node, controls,
    read: () => {
      const out = {};
      for (const [name, c] of controls) {
        const r = c.read();
        if (r !== undefined) out[name] = r;
      }
      return Object.keys(out).length ? out : undefined;
    },
  };
}

/**
 * An image field: address and alternative text, with a live preview of the address and a visible,
 * announced message while it loads, once it loaded (its size) and when it does not load.
 */
function imageControl(def, value, path, label, help) {
  const preview = el("img", { class: "preview", alt: "", hidden: true, "data-image-preview": path });
  const message = el("p", { class: "image-status muted", role: "status", "aria-live": "polite",
    "data-image-status": "empty", hidden: true });
  const group = groupControl(def, value, path, label, help, [
    ["src", (v, p) => textControl({ type: "text" }, v, p, "Image address (src)")],
    ["alt", (v, p) => textControl({ type: "text" }, v, p, "Alternative text (alt)")],
  ]);
  const [src, alt] = group.controls.map(([, c]) => c.node.querySelector("input"));
  const say = (state, text, kind = "muted") => {
    message.dataset.imageStatus = state;
    message.className = "image-status " + kind;
    message.textContent = text;
    message.hidden = !text;
  };
  preview.addEventListener("load", () => {
    if (preview.getAttribute("src") !== src.value.trim()) return; // an older address finished
    preview.hidden = false;
    say("loaded", `Preview of the image, ${preview.naturalWidth} × ${preview.naturalHeight} pixels.`);
  });
  preview.addEventListener("error", () => {
    if (preview.getAttribute("src") !== src.value.trim()) return;
    preview.hidden = true;
    say("failed", "The image could not be loaded from this address. Check the address, and that the image is " +
      "public and reachable from visitors' browsers; the variant can still be saved.", "warning");
  });
  const update = () => {
    const url = src.value.trim();
    preview.setAttribute("alt", alt.value ? "Preview: " + alt.value : "Preview of the image");
    if (url === preview.getAttribute("src")) return; // only the alt text changed
    preview.hidden = true;
    if (!url) {
      preview.removeAttribute("src");
      return say("empty", "");
    }
    // only web addresses are previewed; the value is set as an attribute, never as markup
    if (!/^(https?:\/\/|\/)/.test(url)) {
      preview.removeAttribute("src");
      return say("unsupported", "No preview: the address should start with https://, http:// or / (an address " +
        "on this server).", "warning");
    }
    say("loading", "Loading the preview…");
    preview.setAttribute("src", url);
  };
  src.addEventListener("input", update);
  alt.addEventListener("input", update);
  update();
  message.id = fieldId(path + "-status");
  src.setAttribute("aria-describedby", message.id);
  group.node.append(preview, message);
  return group;
}

function single(def, value, path, label, help) {
  switch (def.type) {
    case "text":
    case "rich-text":
      return textControl(def, value, path, label, help);
    case "number":
      return numberControl(def, value, path, label, help);
    case "boolean":
      return booleanControl(def, value, path, label, help);
    case "enum":
      return selectControl(def.values || [], value, path, label, help, def.required);
    case "image":
      return imageControl(def, value, path, label, help);
    case "link":
      return groupControl(def, value, path, label, help, [
        ["label", (v, p) => textControl({ type: "text" }, v, p, "Link text")],
        ["href", (v, p) => textControl({ type: "text" }, v, p, "Address (href)")],
      ]);
    case "money":
      return groupControl(def, value, path, label, help, [
        ["amount", (v, p) => numberControl({}, v, p, "Amount")],
        ["currency", (v, p) => textControl({ type: "text" }, v, p, "Currency (ISO 4217, e.g. EUR)")],
      ]);
    case "reference":
      return groupControl(def, value, path, label, help, [
        ["kind", (v, p) => selectControl(["catalog-item", "category"], v, p, "Kind", null, false)],
        ["id", (v, p) => textControl({ type: "text" }, v, p, "Id")],
      ]);
    default: // a type this UI does not know yet: edit its JSON as text
      return textControl({ type: "rich-text" }, value === undefined ? "" : JSON.stringify(value), path,
        label + " (JSON)", help);
  }
}

/** A list of values with add and remove; item paths follow their position. */
function multipleControl(def, values, path, label, help) {
  let items = Array.isArray(values) ? [...values] : [];
  let controls = [];
  const list = el("ol", { class: "items" });
  const node = el("fieldset", { class: "group", "data-field": path },
    el("legend", {}, label), help ? el("p", { class: "help muted" }, help) : null, list);
  const render = () => {
    controls = items.map((v, i) => single(def, v, `${path}[${i}]`, `${label} ${i + 1}`, null));
    list.replaceChildren(...controls.map((c, i) => el("li", {}, c.node,
      el("button", {
        type: "button", class: "small", "aria-label": `Remove ${label} ${i + 1}`,
        onclick: () => { items = readAll(); items.splice(i, 1); render(); },
      }, "Remove"))));
  };
  const readAll = () => controls.map((c) => c.read());
  node.append(el("button", {
    type: "button", class: "small", onclick: () => {
      items = readAll(); items.push(undefined); render();
      controls[controls.length - 1].node.querySelector("input, select, textarea")?.focus();
    },
  }, `Add ${label}`));
  render();
  return {
    node,
    read: () => {
      const out = readAll().filter((v) => v !== undefined);
      return out.length ? out : undefined;
    },
  };
}

/** The control for one field of a component type. */
export function fieldControl(def, value, path) {
  const label = (def.label || def.name) + (def.required ? " *" : "");
  const help = hint(def);
  return def.multiple ? multipleControl(def, value, path, label, help) : single(def, value, path, label, help);
}

/** A checkbox group of vocabulary values; values already on the variant stay even if retired. */
export function checkboxGroup(entries, selected, path, legend) {
  const chosen = new Set(selected || []);
  const all = [...entries];
  for (const v of chosen) if (!all.some((e) => e.value === v)) all.push({ value: v, label: v });
  const boxes = all.map((e) => {
    const id = fieldId(`${path}-${e.value}`);
    const box = el("input", { type: "checkbox", id, name: path, value: e.value });
    box.checked = chosen.has(e.value);
    return { box, node: el("span", { class: "check" }, box, el("label", { for: id }, e.label || e.value)) };
  });
  return {
    node: el("fieldset", { class: "group checks", "data-field": path },
      el("legend", {}, legend), boxes.map((b) => b.node)),
    read: () => boxes.filter((b) => b.box.checked).map((b) => b.box.value),
  };
}

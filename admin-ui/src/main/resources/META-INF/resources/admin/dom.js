// DOM helpers shared by the screens. Text from the API only ever reaches the page as text nodes or
// attribute values, never as HTML.

export const view = document.getElementById("view");
export const status = document.getElementById("status");

/** Builds an element: el("td", {class: "x"}, "text", childElement, ...). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function show(...nodes) {
  // screens pass optional parts as null (e.g. no flash message): leave them out rather than print "null"
  view.replaceChildren(...nodes.flat().filter((n) => n !== null && n !== undefined && n !== false));
  view.setAttribute("aria-busy", "false");
}

/** An honest error with a way to try again. */
export function showError(message, retry) {
  show(el("div", { class: "error", role: "alert" }, message, " ",
    el("button", { type: "button", id: "retry", onclick: retry }, "Try again")));
}

export function loading() {
  view.setAttribute("aria-busy", "true");
  view.replaceChildren(el("p", { class: "muted" }, "Loading…"));
}

export function focusMain() {
  document.getElementById("main").focus();
}

export function published(at) {
  return at
    ? el("span", { class: "badge ok", title: at }, "Published " + new Date(at).toLocaleString())
    : el("span", { class: "badge warn" }, "Not published");
}

/** Breadcrumb-style link back. */
export function back(href, text) {
  return el("p", {}, el("a", { href }, "← " + text));
}

export function surfaceHref(key, ...rest) {
  return "#/surfaces/" + [key, ...rest].map(encodeURIComponent).join("/");
}

/** A readable rendering of a content value: text, lists, links, images (alt text only), money. */
export function renderValue(value) {
  if (value === null || value === undefined) return el("span", { class: "muted" }, "—");
  if (Array.isArray(value)) return el("ul", {}, value.map((v) => el("li", {}, renderValue(v))));
  if (typeof value === "object") {
    if ("amount" in value && "currency" in value) return `${value.amount} ${value.currency}`;
    if ("href" in value) return el("span", {}, value.label || "", " → ", el("code", {}, value.href));
    if ("src" in value) return el("span", {}, "image: ", value.alt || "", " ", el("code", {}, value.src));
    if ("kind" in value && "id" in value) return `${value.kind} ${value.id}`;
    if ("title" in value && "category" in value) {
      // a catalog item a recommendation rail was filled with
      return el("span", { "data-item": value.id }, value.title, el("span", { class: "muted" },
        ` · ${value.category}`, value.price ? ` · ${value.price.amount} ${value.price.currency}` : ""));
    }
    return el("code", {}, JSON.stringify(value));
  }
  return String(value);
}

export function renderContent(content) {
  const entries = Object.entries(content || {});
  if (entries.length === 0) return el("p", { class: "muted" }, "No content");
  return el("dl", { class: "content" }, entries.flatMap(([name, value]) =>
    [el("dt", {}, name), el("dd", { "data-field": name }, renderValue(value))]));
}

let pending = null;

/** A message for the next screen, e.g. "Saved" after a form sends the editor back to the surface. */
export function flash(message) {
  pending = message;
}

export function takeFlash() {
  const message = pending;
  pending = null;
  return message ? el("p", { class: "notice", role: "status", id: "notice" }, message) : null;
}

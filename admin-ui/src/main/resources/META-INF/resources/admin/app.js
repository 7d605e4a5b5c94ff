// Pagewright admin UI. Every piece of text that comes from the API is set with textContent, never as
// HTML, so content such as "<script>" is shown as text and never executed.

const view = document.getElementById("view");
const status = document.getElementById("status");
const API = "/api/v1";
const TIMEOUT_MS = 10000;

/** Builds an element: el("td", {class: "x"}, "text", childElement, ...). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(API + path, {
      headers: { Accept: "application/json" },
      signal: controller.signal,
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = body && (body.detail || body.title);
      throw new Error(detail || `The server answered ${response.status}.`);
    }
    return body;
  } catch (e) {
    if (e.name === "AbortError") throw new Error("The server did not answer within 10 seconds.");
    if (e instanceof TypeError) throw new Error("The server cannot be reached.");
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

function show(...nodes) {
  view.replaceChildren(...nodes);
  view.setAttribute("aria-busy", "false");
}

function showError(message, retry) {
  show(
    el("div", { class: "error", role: "alert" }, message, " ",
      el("button", { type: "button", id: "retry" }, "Try again")),
  );
  document.getElementById("retry").addEventListener("click", retry);
}

function loading() {
  view.setAttribute("aria-busy", "true");
  view.replaceChildren(el("p", { class: "muted" }, "Loading…"));
}

function published(at) {
  return at
    ? el("span", { class: "badge ok", title: at }, "Published " + new Date(at).toLocaleString())
    : el("span", { class: "badge warn" }, "Not published");
}

async function surfacesPage() {
  loading();
  let list;
  try {
    list = await api("/surfaces");
  } catch (e) {
    return showError("Surfaces could not be loaded: " + e.message, surfacesPage);
  }
  const rows = list.items.map((s) =>
    el("tr", { "data-surface": s.key },
      el("td", {}, el("a", { href: "#/surfaces/" + encodeURIComponent(s.key) }, s.name),
        el("div", { class: "muted" }, s.key)),
      el("td", {}, s.channel),
      el("td", {}, String(s.slots)),
      el("td", {}, String(s.variants)),
      el("td", {}, published(s.publishedAt))));
  show(
    el("h1", {}, "Surfaces"),
    list.total === 0
      ? el("p", { class: "muted" }, "No surfaces yet. Create one with POST /api/v1/surfaces.")
      : el("table", { "aria-label": "Surfaces" },
          el("thead", {}, el("tr", {},
            el("th", { scope: "col" }, "Surface"), el("th", { scope: "col" }, "Channel"),
            el("th", { scope: "col" }, "Slots"), el("th", { scope: "col" }, "Variants"),
            el("th", { scope: "col" }, "State"))),
          el("tbody", {}, rows)),
  );
  status.textContent = `${list.total} surfaces`;
}

function tags(variant) {
  const t = variant.tags || {};
  return [
    ...(t.intents || []).map((x) => el("span", { class: "tag" }, "intent: " + x)),
    ...(t.lifecycleStages || []).map((x) => el("span", { class: "tag" }, "lifecycle: " + x)),
    ...(t.categories || []).map((x) => el("span", { class: "tag" }, "category: " + x)),
    variant.offer
      ? el("span", { class: "tag" }, "offer: " + variant.offer.type +
          (variant.offer.discountPercent != null ? ` ${variant.offer.discountPercent} %` : ""))
      : null,
  ];
}

async function surfacePage(key) {
  loading();
  let surface;
  try {
    surface = await api("/surfaces/" + encodeURIComponent(key));
  } catch (e) {
    return showError(`Surface "${key}" could not be loaded: ${e.message}`, () => surfacePage(key));
  }
  const slots = surface.slots.map((slot, i) =>
    el("section", { class: "slot", "aria-labelledby": "slot-" + i, "data-slot": slot.key },
      el("h2", { id: "slot-" + i }, `${i + 1}. ${slot.name}`, " ", el("span", { class: "muted" }, slot.key)),
      el("table", { "aria-label": "Variants of " + slot.name },
        el("thead", {}, el("tr", {},
          el("th", { scope: "col" }, "Variant"), el("th", { scope: "col" }, "Component type"),
          el("th", { scope: "col" }, "Tags"), el("th", { scope: "col" }, "Content"))),
        el("tbody", {}, slot.variants.map((v) =>
          el("tr", { "data-variant": v.key },
            el("td", {}, v.name, el("div", { class: "muted" }, v.key),
              v.key === slot.defaultVariant ? el("span", { class: "badge default" }, "Default") : null),
            el("td", {}, v.componentType),
            el("td", {}, tags(v)),
            el("td", {}, el("pre", {}, JSON.stringify(v.content, null, 2)))))))));
  show(
    el("p", {}, el("a", { href: "#/surfaces" }, "← All surfaces")),
    el("h1", {}, surface.name),
    el("p", {}, el("span", { class: "muted" }, `${surface.key} · ${surface.channel} · version ${surface.version} `),
      published(surface.publishedAt)),
    ...slots,
  );
  status.textContent = `${surface.name}: ${surface.slots.length} slots`;
  document.getElementById("main").focus();
}

function route() {
  const match = location.hash.match(/^#\/surfaces\/(.+)$/);
  if (match) surfacePage(decodeURIComponent(match[1]));
  else surfacesPage();
}

window.addEventListener("hashchange", route);
route();

// The product catalog recommendation rails are filled from: browse and search it (words of the title,
// a category), page through, open an item (its image previewed, with an honest message when it does
// not load), and, for editors and administrators, delete an item and import a file with progress.
// The query lives in the address (#/catalog?q=...&category=...&from=...). Every value is set as text.

import { get, request } from "./api.js";
import { el, show, showError, loading, status, focusMain, back, flash, takeFlash } from "./dom.js";
import { can } from "./session.js";
import { importPanel } from "./catalog-import-panel.js";

const PAGE = 20;
const mayChange = () => can("editor", "admin");
const number = (n) => Number(n).toLocaleString("en-GB");

function currentQuery() {
  return new URLSearchParams(location.hash.split("?")[1] || "");
}

export function itemHref(id) {
  return "#/catalog/items/" + encodeURIComponent(id);
}

function catalogHref(params) {
  const kept = new URLSearchParams([...params].filter(([k, v]) => v !== "" && !(k === "from" && v === "0")));
  return "#/catalog" + (kept.toString() ? "?" + kept : "");
}

const price = (p) => (p && p.amount !== undefined ? `${p.amount} ${p.currency}` : "—");
const availability = (item) => item.available === false
  ? el("span", { class: "badge warn" }, "Not available")
  : el("span", { class: "badge ok" }, "Available");

export async function catalogPage() {
  const params = currentQuery();
  const from = Math.max(0, Number.parseInt(params.get("from") || "0", 10) || 0);
  const screen = location.hash;
  loading();
  let page;
  try {
    page = await get("/catalog/items?" + new URLSearchParams({
      category: params.get("category") || "", q: params.get("q") || "", from: String(from), size: String(PAGE) }));
  } catch (e) {
    if (location.hash !== screen) return;
    return showError("The catalog could not be loaded: " + e.message +
      (e.status === 503 || e.status === 0 ? " The catalog lives in Elasticsearch; it may be down." : ""), catalogPage);
  }
  if (location.hash !== screen) return;
  show(
    takeFlash(),
    el("h1", {}, "Catalog"),
    el("p", { class: "muted" }, "The products recommendation rails are filled from. Rails never show items that are not available."),
    mayChange() ? importPanel(catalogPage) : el("p", { class: "muted", id: "import-role" },
      "Importing and deleting items needs the editor or admin role."),
    searchForm(params),
    results(page, params, from));
  status.textContent = `Catalog: ${number(page.total)} ${page.total === 1 ? "item" : "items"}`;
}

function searchForm(params) {
  const q = el("input", { type: "search", id: "catalog-q", name: "q", placeholder: "words of the title" });
  q.value = params.get("q") || "";
  const category = el("input", { type: "text", id: "catalog-category", name: "category", placeholder: "e.g. boots",
    autocomplete: "off", spellcheck: "false" });
  category.value = params.get("category") || "";
  const form = el("form", { role: "search", class: "search", "aria-label": "Catalog" },
    el("label", { for: "catalog-q" }, "Words"), q,
    el("label", { for: "catalog-category" }, "Category"), category,
    el("button", { type: "submit", id: "catalog-search" }, "Search"),
    params.get("q") || params.get("category") ? el("a", { href: "#/catalog", class: "clear" }, "Clear") : null);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = catalogHref(new URLSearchParams({ q: q.value.trim(), category: category.value.trim() }));
  });
  return form;
}

function results(page, params, from) {
  if (page.total === 0) {
    return el("p", { class: "muted", id: "catalog-total", "data-total": "0" },
      params.get("q") || params.get("category") ? "No item matches." : "The catalog is empty.");
  }
  const last = Math.min(from + page.items.length, page.total);
  const to = (next) => {
    const p = new URLSearchParams(params);
    p.set("from", String(next));
    return catalogHref(p);
  };
  return el("div", {},
    el("p", { id: "catalog-total", "data-total": String(page.total) },
      `Items ${number(from + 1)} to ${number(last)} of ${number(page.total)}`),
    el("table", { "aria-label": "Catalog items", id: "catalog-items" },
      el("thead", {}, el("tr", {},
        ["Item", "Category", "Price", "Popularity", "Trend", "Available"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, page.items.map((item) => el("tr", { "data-item": item.id },
        el("td", {}, el("a", { href: itemHref(item.id), class: "item-title" }, item.title),
          el("div", { class: "muted" }, item.id)),
        el("td", {}, item.category),
        el("td", {}, price(item.price)),
        el("td", {}, String(item.popularity ?? 0)),
        el("td", {}, String(item.trend ?? 0)),
        el("td", {}, availability(item)))))),
    el("nav", { class: "pager", "aria-label": "Pages of the catalog" },
      from > 0 ? el("a", { class: "button", href: to(Math.max(0, from - PAGE)), id: "catalog-previous" }, "← Previous") : null,
      last < page.total ? el("a", { class: "button", href: to(from + PAGE), id: "catalog-next" }, "Next →") : null));
}

/** One item with everything the catalog holds about it. */
export async function catalogItemPage(id) {
  loading();
  let item;
  try {
    item = await get("/catalog/items/" + encodeURIComponent(id));
  } catch (e) {
    if (e.status === 404) {
      return show(back("#/catalog", "The catalog"), el("p", { class: "error", role: "alert", id: "item-missing" },
        `There is no catalog item "${id}"; it may have been deleted.`));
    }
    return showError(`Catalog item "${id}" could not be loaded: ${e.message}`, () => catalogItemPage(id));
  }
  const facts = [
    ["Id", el("code", {}, item.id)],
    ["Category", item.category],
    ["Price", price(item.price)],
    ["Address", item.url ? el("code", {}, item.url) : "—"],
    ["Image address", item.imageUrl ? el("code", {}, item.imageUrl) : "—"],
    ["Complements", item.complements?.length ? item.complements.map((c) => el("span", { class: "tag" }, c)) : "none"],
    ["Popularity", String(item.popularity ?? 0)],
    ["Trend", String(item.trend ?? 0)],
    ["Available", availability(item)],
  ];
  show(
    back("#/catalog", "The catalog"),
    el("h1", { id: "item-title" }, item.title),
    el("div", { class: "catalog-item" },
      el("dl", { class: "facts", id: "item-facts" }, facts.flatMap(([name, value]) =>
        [el("dt", {}, name), el("dd", { "data-fact": name.toLowerCase() }, value)])),
      imagePreview(item)),
    mayChange() ? deletePanel(item) : null);
  status.textContent = `Catalog item ${item.title}`;
  focusMain();
}

/** The item's image with what happened to it in words: loading, loaded (its size), not loaded. */
function imagePreview(item) {
  if (!item.imageUrl) return el("p", { class: "muted", id: "image-status", "data-image-status": "none" }, "No image address.");
  const message = el("p", { class: "image-status muted", role: "status", id: "image-status", "data-image-status": "loading" },
    "Loading the image…");
  const image = el("img", { class: "preview", alt: "Image of " + item.title, hidden: true });
  image.addEventListener("load", () => {
    image.hidden = false;
    message.dataset.imageStatus = "loaded";
    message.textContent = `The image, ${image.naturalWidth} × ${image.naturalHeight} pixels.`;
  });
  image.addEventListener("error", () => {
    message.dataset.imageStatus = "failed";
    message.className = "image-status warning";
    message.textContent = "The image could not be loaded from this address: visitors' browsers will likely fail too. " +
      "Check the address, and that the image is public.";
  });
  // only web addresses are loaded; the value is an attribute, never markup
  if (/^(https?:\/\/|\/)/.test(item.imageUrl)) image.setAttribute("src", item.imageUrl);
  else {
    message.dataset.imageStatus = "unsupported";
    message.className = "image-status warning";
    message.textContent = "No preview: the address does not start with https://, http:// or /.";
  }
  return el("figure", { class: "item-image" }, image, message);
}

function deletePanel(item) {
  const panel = el("section", { "aria-labelledby": "delete-title", class: "delete-item" },
    el("h2", { id: "delete-title" }, "Delete"));
  const ask = el("button", { type: "button", class: "danger", id: "item-delete" }, "Delete this item");
  const offer = () => panel.replaceChildren(panel.firstChild, ask);
  ask.addEventListener("click", () => {
    const yes = el("button", { type: "button", class: "danger", id: "item-delete-confirm" }, "Yes, delete it");
    const no = el("button", { type: "button", id: "item-delete-keep" }, "Keep it");
    const error = el("p", { class: "error", role: "alert", id: "item-delete-error", hidden: true });
    no.addEventListener("click", () => { offer(); ask.focus(); });
    yes.addEventListener("click", async () => {
      yes.disabled = true;
      yes.textContent = "Deleting…";
      try {
        await request("/catalog/items/" + encodeURIComponent(item.id), { method: "DELETE" });
      } catch (e) {
        if (e.status !== 404) {
          yes.disabled = false;
          yes.textContent = "Yes, delete it";
          error.textContent = "The item was not deleted: " + e.message;
          error.hidden = false;
          return;
        }
      }
      flash(`Deleted "${item.title}" from the catalog.`);
      location.hash = "#/catalog";
    });
    panel.replaceChildren(panel.firstChild,
      el("div", { class: "confirm", role: "group", "aria-labelledby": "delete-question" },
        el("p", { id: "delete-question" }, `Delete "${item.title}" (${item.id}) from the catalog? Rails stop showing it; ` +
          "importing it again brings it back."),
        yes, " ", no, error));
    no.focus();
  });
  panel.append(ask);
  return panel;
}

// Editors' search over all current content, with facet checkboxes and their counts. The query lives
// in the address (#/search?q=...&intent=...), so a search can be bookmarked and shared.

import { get } from "./api.js";
import { el, show, showError, status, view, surfaceHref } from "./dom.js";

const FACETS = [
  ["intent", "Intent"],
  ["lifecycleStage", "Lifecycle stage"],
  ["category", "Category"],
  ["channel", "Channel"],
  ["status", "Status"],
  ["componentType", "Component type"],
];

function currentQuery() {
  return new URLSearchParams(location.hash.split("?")[1] || "");
}

function go(params) {
  location.hash = "#/search" + (params.toString() ? "?" + params : "");
}

export async function searchPage() {
  const params = currentQuery();
  // keep the focused facet box focused across the re-render that its own change causes
  const focused = document.activeElement?.dataset?.facetBox;
  view.setAttribute("aria-busy", "true");
  let result;
  const screen = location.hash;
  try {
    result = await get("/search?" + params + (params.has("size") ? "" : (params.toString() ? "&" : "") + "size=50"));
  } catch (e) {
    if (location.hash !== screen) return;
    return showError("Search failed: " + e.message, searchPage);
  }
  // a slow answer must not cover the screen the person went on to
  if (location.hash !== screen) return;
  const input = el("input", { type: "search", id: "search-q", name: "q", placeholder: "headline, name, body text…" });
  input.value = params.get("q") || "";
  const form = el("form", { role: "search", class: "search", "aria-label": "Content" },
    el("label", { for: "search-q" }, "Search content"), " ", input, " ",
    el("button", { type: "submit" }, "Search"),
    params.toString() ? el("a", { href: "#/search", class: "clear" }, "Clear all") : null);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = currentQuery();
    if (input.value.trim()) next.set("q", input.value.trim()); else next.delete("q");
    go(next);
  });
  show(
    el("h1", {}, "Search"),
    el("p", { class: "muted" }, "Results come from the search index; ",
      el("a", { href: "#/index", id: "index-link" }, "its state and a rebuild"), " are on the Search index screen."),
    form,
    el("div", { class: "search-layout" },
      el("aside", { "aria-label": "Filters" }, FACETS.map(([facet, legend]) => facetGroup(facet, legend, params, result))),
      el("div", { class: "results" },
        el("p", { id: "search-total" }, `${result.total} ${result.total === 1 ? "variant" : "variants"}`),
        results(result.items))));
  status.textContent = `${result.total} matching variants`;
  if (focused) document.querySelector(`[data-facet-box="${CSS.escape(focused)}"]`)?.focus();
}

function facetGroup(facet, legend, params, result) {
  const selected = params.getAll(facet);
  const buckets = [...(result.facets?.[facet] || [])];
  for (const value of selected) if (!buckets.some((b) => b.value === value)) buckets.push({ value, count: 0 });
  if (buckets.length === 0) return null;
  return el("fieldset", { class: "group facet", "data-facet": facet },
    el("legend", {}, legend),
    buckets.map((b) => {
      const id = `facet-${facet}-${b.value}`.replace(/[^A-Za-z0-9-]/g, "-");
      const box = el("input", { type: "checkbox", id, value: b.value, "data-facet-box": `${facet}=${b.value}` });
      box.checked = selected.includes(b.value);
      box.addEventListener("change", () => {
        const next = currentQuery();
        const values = next.getAll(facet).filter((v) => v !== b.value);
        if (box.checked) values.push(b.value);
        next.delete(facet);
        values.forEach((v) => next.append(facet, v));
        next.delete("page");
        go(next);
      });
      return el("div", { class: "check" }, box,
        el("label", { for: id }, b.value, " ", el("span", { class: "count muted" }, `(${b.count})`)));
    }));
}

function results(items) {
  if (items.length === 0) return el("p", { class: "muted" }, "Nothing matches. Remove a filter or change the words.");
  return el("table", { "aria-label": "Results" },
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, "Variant"), el("th", { scope: "col" }, "Surface and slot"),
      el("th", { scope: "col" }, "Component type"), el("th", { scope: "col" }, "Status"),
      el("th", { scope: "col" }, "Content"))),
    el("tbody", {}, items.map((hit) =>
      el("tr", { "data-hit": `${hit.surface}/${hit.slot}/${hit.variant}` },
        el("td", {}, el("a", { href: surfaceHref(hit.surface, "slots", hit.slot, "variants", hit.variant) }, hit.name),
          el("div", { class: "muted" }, hit.variant)),
        el("td", {}, el("a", { href: surfaceHref(hit.surface), "data-surface-link": hit.surface }, hit.surfaceName || hit.surface),
          el("div", { class: "muted" }, "slot " + hit.slot)),
        el("td", {}, hit.componentType),
        el("td", {}, el("span", { class: "badge " + (hit.status === "published" ? "ok" : "warn") }, hit.status)),
        el("td", {}, hit.snippet || "")))));
}

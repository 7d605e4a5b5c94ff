// The surface list and one surface with its slots and variants.
import { get, paths } from "./api.js";
import { el, show, showError, loading, status, published, focusMain, surfaceHref, back, takeFlash, renderContent } from "./dom.js";
import { can } from "./session.js";
import { workflowPanel } from "./publishing.js";
import { exportButton } from "./surface-import.js";
import { strategyLine } from "./strategy-settings.js";

export async function surfacesPage() {
  loading();
  let list;
  try {
    list = await get("/surfaces?size=200");
  } catch (e) {
    return showError("Surfaces could not be loaded: " + e.message, surfacesPage);
  }
  const rows = list.items.map((s) =>
    el("tr", { "data-surface": s.key },
      el("td", {}, el("a", { href: surfaceHref(s.key) }, s.name), el("div", { class: "muted" }, s.key)),
      el("td", {}, s.channel),
      el("td", {}, String(s.slots)),
      el("td", {}, String(s.variants)),
      el("td", {}, published(s.publishedAt))));
  show(
    el("h1", {}, "Surfaces"),
    can("editor")
      ? el("p", {}, el("a", { class: "button", href: "#/surface-import", id: "surface-import-open" }, "Import a surface"))
      : null,
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

export function tags(variant) {
  const t = variant.tags || {};
  return [
    ...(t.intents || []).map((x) => el("span", { class: "tag" }, "intent: " + x)),
    ...(t.lifecycleStages || []).map((x) => el("span", { class: "tag" }, "lifecycle stage: " + x)),
    ...(t.categories || []).map((x) => el("span", { class: "tag" }, "category: " + x)),
    variant.offer
      ? el("span", { class: "tag" }, "offer: " + variant.offer.type +
          (variant.offer.discountPercent != null ? ` ${variant.offer.discountPercent} %` : ""))
      : null,
  ];
}

/** The links from a surface to its other screens. */
export function surfaceTabs(key, current) {
  const tab = (href, text, name) =>
    el("a", { href, "aria-current": current === name ? "page" : null }, text);
  return el("nav", { class: "tabs", "aria-label": "Surface" },
    tab(surfaceHref(key), "Slots and variants", "detail"),
    tab(surfaceHref(key, "preview"), "Preview as a visitor", "preview"),
    tab(surfaceHref(key, "coverage"), "Coverage", "coverage"),
    tab(surfaceHref(key, "simulation"), "Batch simulation", "simulation"),
    tab(surfaceHref(key, "history"), "History", "history"));
}

/**
 * The slots of a surface version in page order; editable adds Edit and Add variant actions, current
 * (false for an older version) a way to each slot's strategy settings.
 */
export function slotSections(key, surface, editable, current = true) {
  return surface.slots.map((slot, i) =>
    el("section", { class: "slot", "aria-labelledby": "slot-" + i, "data-slot": slot.key },
      el("h2", { id: "slot-" + i }, `${i + 1}. ${slot.name}`, " ", el("span", { class: "muted" }, slot.key)),
      strategyLine(key, slot, current),
      el("table", { "aria-label": "Variants of " + slot.name },
        el("thead", {}, el("tr", {},
          el("th", { scope: "col" }, "Variant"), el("th", { scope: "col" }, "Component type"),
          el("th", { scope: "col" }, "Tags"), el("th", { scope: "col" }, "Content"),
          editable ? el("th", { scope: "col" }, el("span", { class: "visually-hidden" }, "Actions")) : null)),
        el("tbody", {}, slot.variants.map((v) => variantRow(key, slot, v, editable)))),
      editable ? el("p", {}, el("a", {
        class: "button", href: surfaceHref(key, "slots", slot.key, "add-variant"), "data-action": "add-variant",
      }, `Add variant to ${slot.name}`)) : null));
}

function variantRow(key, slot, v, editable) {
  return el("tr", { "data-variant": v.key },
    el("td", {}, v.name, el("div", { class: "muted" }, v.key),
      v.key === slot.defaultVariant ? el("span", { class: "badge default" }, "Default") : null),
    el("td", {}, v.componentType),
    el("td", {}, tags(v)),
    el("td", {}, renderContent(v.content)),
    editable ? el("td", {}, el("a", {
      class: "button", href: surfaceHref(key, "slots", slot.key, "variants", v.key),
      "aria-label": `Edit variant ${v.name}`, "data-action": "edit",
    }, "Edit")) : null);
}

export async function surfacePage(key) {
  loading();
  let surface;
  try {
    surface = await get(paths.surface(key));
  } catch (e) {
    return showError(`Surface "${key}" could not be loaded: ${e.message}`, () => surfacePage(key));
  }
  const slots = slotSections(key, surface, can("editor"));
  show(
    back("#/surfaces", "All surfaces"),
    takeFlash(),
    el("h1", {}, surface.name),
    el("p", {}, el("span", { class: "muted", id: "surface-version" },
      `${surface.key} · ${surface.channel} · version ${surface.version} `), published(surface.publishedAt)),
    surfaceTabs(key, "detail"),
    exportButton(key),
    workflowPanel(key, () => surfacePage(key)),
    ...slots,
  );
  status.textContent = `${surface.name}: ${surface.slots.length} slots, version ${surface.version}`;
  focusMain();
}

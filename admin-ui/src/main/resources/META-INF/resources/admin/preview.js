// Preview as a visitor: pick what we know of a visitor and see the page the engine assembles for
// them from the published snapshot, slot by slot, with the reason for each choice.

import { get, request, paths } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, back, renderContent } from "./dom.js";
import { surfaceTabs } from "./surfaces.js";

const DEVICES = ["desktop", "mobile", "tablet"];

function select(id, label, values, chosen) {
  const input = el("select", { id, name: id },
    el("option", { value: "" }, "(not known)"),
    values.map((v) => el("option", { value: v.value ?? v }, v.label || v.value || v)));
  input.value = chosen || "";
  return { input, node: el("div", { class: "field inline" }, el("label", { for: id }, label), input) };
}

export async function previewPage(key) {
  loading();
  let surface;
  let vocabularies;
  try {
    [surface, vocabularies] = await Promise.all([get(paths.surface(key)), get("/vocabularies")]);
  } catch (e) {
    return showError(`The preview could not be loaded: ${e.message}`, () => previewPage(key));
  }
  const intent = select("preview-intent", "Intent", vocabularies.intents || []);
  const stage = select("preview-lifecycleStage", "Lifecycle stage", vocabularies["lifecycle-stages"] || []);
  const device = select("preview-device", "Device", DEVICES);
  const region = el("input", { type: "text", id: "preview-region", placeholder: "e.g. EU, DE" });
  const visitor = el("input", { type: "text", id: "preview-visitor" });
  visitor.value = "admin-preview";
  const page = el("div", { id: "preview-page", "aria-live": "polite" },
    el("p", { class: "muted" }, "Choose what we know of the visitor, then show the page."));
  const form = el("form", { class: "preview-form", "aria-label": "Visitor" },
    intent.node, stage.node, device.node,
    el("div", { class: "field inline" }, el("label", { for: "preview-region" }, "Region"), region),
    el("div", { class: "field inline" }, el("label", { for: "preview-visitor" }, "Visitor id"), visitor),
    el("p", { class: "actions" }, el("button", { type: "submit", class: "primary" }, "Show the page")));
  const run = async () => {
    const context = {};
    if (intent.input.value) context.intent = intent.input.value;
    if (stage.input.value) context.lifecycleStage = stage.input.value;
    if (device.input.value) context.device = device.input.value;
    if (region.value.trim()) context.region = region.value.trim();
    page.setAttribute("aria-busy", "true");
    page.replaceChildren(el("p", { class: "muted" }, "Resolving…"));
    try {
      const { body } = await request(`/surfaces/${encodeURIComponent(key)}/resolve`, {
        method: "POST", body: { visitorId: visitor.value.trim() || "admin-preview", context, preview: true },
      });
      page.replaceChildren(...blocks(surface, body));
      status.textContent = `Resolved ${body.slots.length} slots`;
    } catch (e) {
      const why = e.problem.type?.endsWith("/surface-not-published")
        ? "This surface has never been published, so visitors see nothing yet. Publish it first."
        : `The page could not be resolved: ${e.message}`;
      page.replaceChildren(el("div", { class: "error", role: "alert" }, why, " ",
        el("button", { type: "button", onclick: run }, "Try again")));
    } finally {
      page.setAttribute("aria-busy", "false");
    }
  };
  form.addEventListener("submit", (e) => { e.preventDefault(); run(); });
  show(
    back(surfaceHref(key), "Back to the surface"),
    el("h1", {}, `Preview ${surface.name} as a visitor`),
    surfaceTabs(key, "preview"),
    el("p", { class: "muted" }, surface.publishedVersion
      ? `Visitors see published version ${surface.publishedVersion}` +
        (surface.publishedVersion !== surface.version ? ` (the current draft is version ${surface.version}).` : ".")
      : "This surface is not published yet."),
    form, page);
  focusMain();
}

function variantName(surface, slotKey, variantKey) {
  const slot = surface.slots.find((s) => s.key === slotKey);
  const variant = slot?.variants.find((v) => v.key === variantKey);
  return { slotName: slot?.name || slotKey, variantName: variant?.name || variantKey };
}

function blocks(surface, page) {
  return page.slots.map((d) => {
    const names = variantName(surface, d.slot, d.variant);
    return el("article", { class: "slot block", "data-slot": d.slot, "data-variant": d.variant, "aria-label": names.slotName },
      el("h2", {}, names.slotName, " ", el("span", { class: "muted" }, d.slot)),
      el("p", {}, el("strong", {}, names.variantName), " ", el("span", { class: "muted" }, `${d.variant} · ${d.componentType}`), " ",
        d.isDefault ? el("span", { class: "badge default" }, "Default") : null),
      renderContent(d.content),
      el("p", { class: "reason" }, "Why: ", d.reason || "—",
        d.probability != null ? el("span", { class: "muted" }, ` · probability ${Number(d.probability).toFixed(2)}`) : null));
  });
}

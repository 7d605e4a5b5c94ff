// A slot's strategy and its settings. The form is generated from GET /strategies, where each strategy
// describes its settings (name, label, help, type, default, bounds), so a new setting needs no code
// here. Saving replaces the slot (PUT with If-Match); the server's errors are placed next to their
// fields (strategySettings.<name>, or slots[i].strategySettings.<name> when reported for the surface).

import { get, request, paths } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, back, flash } from "./dom.js";
import { can } from "./session.js";
import { fieldErrors } from "./form-errors.js";

const slotPath = (key, slot) => `/surfaces/${encodeURIComponent(key)}/slots/${encodeURIComponent(slot)}`;

/** The settings value as the input shows it; lists as comma-separated text. */
const shown = (value) => (value === undefined || value === null ? "" : Array.isArray(value) ? value.join(", ") : String(value));

function settingInput(setting, value, editable) {
  const id = "setting-" + setting.name;
  const attributes = { id, name: setting.name, "data-setting": setting.name, disabled: !editable,
    "aria-describedby": id + "-help" };
  const input = setting.type === "text-list"
    ? el("input", { ...attributes, type: "text" })
    : el("input", { ...attributes, type: "number", step: setting.type === "integer" ? "1" : "any",
      min: setting.minimum ?? null, max: setting.maximum ?? null });
  input.value = shown(value);
  input.placeholder = "default: " + shown(setting.defaultValue);
  const bounds = setting.minimum !== undefined && setting.maximum !== undefined
    ? ` From ${setting.minimum} to ${setting.maximum}.` : "";
  const empty = ` Empty: the default (${shown(setting.defaultValue) || "none"}).`;
  return el("div", { class: "field", "data-field": "strategySettings." + setting.name },
    el("label", { for: id }, setting.label), input,
    el("p", { class: "help muted", id: id + "-help" }, (setting.help || "") + bounds +
      (setting.type === "text-list" ? " Separate values with commas." : "") + empty));
}

/** What the inputs hold, typed as the strategy describes; unreadable numbers go as typed for the server to name. */
function readSettings(settings, inputs) {
  const out = {};
  for (const s of settings) {
    const raw = inputs["strategySettings." + s.name].value.trim();
    if (raw === "") continue;
    if (s.type === "text-list") out[s.name] = raw.split(",").map((v) => v.trim()).filter(Boolean);
    else out[s.name] = Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return out;
}

export async function strategyPage(key, slotKey) {
  loading();
  let read;
  let strategies;
  try {
    [read, strategies] = await Promise.all([request(slotPath(key, slotKey)), get("/strategies")]);
  } catch (e) {
    return showError(`The strategy of slot "${slotKey}" could not be loaded: ${e.message}`, () => strategyPage(key, slotKey));
  }
  const slot = read.body;
  const editable = can("editor");
  const byId = new Map(strategies.items.map((s) => [s.id, s]));
  const select = el("select", { id: "strategy-id", name: "strategy", disabled: !editable, "aria-describedby": "strategy-description" },
    strategies.items.map((s) => el("option", { value: s.id }, `${s.name} (${s.id})`)));
  select.value = slot.strategy || "rules";
  const description = el("p", { class: "help muted", id: "strategy-description" });
  const settingsBox = el("div", { id: "strategy-settings" });
  let inputs = {};
  let errors = fieldErrors({});
  const draw = () => {
    const strategy = byId.get(select.value);
    description.textContent = strategy?.description || "";
    const settings = strategy?.settings || [];
    const fields = settings.map((s) => settingInput(s, slot.strategy === select.value ? slot.strategySettings?.[s.name] : undefined, editable));
    inputs = { strategy: select };
    for (const f of fields) inputs[f.dataset.field] = f.querySelector("input");
    errors = fieldErrors(inputs);
    settingsBox.replaceChildren(settings.length
      ? el("fieldset", { class: "group" }, el("legend", {}, "Settings of " + strategy.name), fields)
      : el("p", { class: "muted", id: "no-settings" }, "This strategy has no settings."));
  };
  select.addEventListener("change", draw);
  draw();
  const message = el("div", { id: "strategy-message" });
  const save = el("button", { type: "submit", class: "primary", id: "strategy-save" }, "Save");
  const form = el("form", { "aria-labelledby": "strategy-title", novalidate: true },
    el("div", { class: "field" }, el("label", { for: "strategy-id" }, "Strategy"), select, description),
    settingsBox,
    message,
    editable ? el("p", { class: "actions" }, save) : el("p", { class: "muted", id: "strategy-role" }, "Changing a slot's strategy needs the editor role."));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!editable) return;
    errors.clear();
    message.replaceChildren();
    const strategy = byId.get(select.value);
    const body = { ...slot, strategy: select.value, strategySettings: readSettings(strategy?.settings || [], inputs) };
    save.disabled = true;
    save.textContent = "Saving…";
    try {
      await request(slotPath(key, slotKey), { method: "PUT", body, version: read.version });
      flash(`Saved the strategy of ${slot.name}: ${strategy?.name || select.value}.`);
      location.hash = surfaceHref(key);
    } catch (e) {
      const rest = e.errors.filter((err) => !errors.mark(String(err.field || "").replace(/^slots\[\d+\]\./, ""), err.message));
      if (e.status === 409 || e.status === 412) {
        message.replaceChildren(el("p", { class: "error", role: "alert", id: "strategy-error" },
          "Someone changed this surface meanwhile; nothing was saved. ",
          el("button", { type: "button", onclick: () => strategyPage(key, slotKey) }, "Reload")));
      } else if (rest.length || !e.errors.length) {
        message.replaceChildren(el("div", { class: "error", role: "alert", id: "strategy-error" },
          `Nothing was saved: ${e.message}`,
          rest.length ? el("ul", {}, rest.map((r) => el("li", {}, el("code", {}, r.field || "slot"), " ", r.message))) : null));
      } else {
        message.replaceChildren(el("p", { class: "error", role: "alert", id: "strategy-error" },
          "Nothing was saved: see the messages next to the fields."));
      }
      form.querySelector("[aria-invalid=true]")?.focus();
    } finally {
      save.disabled = false;
      save.textContent = "Save";
    }
  });
  show(back(surfaceHref(key), "Back to the surface"),
    el("h1", { id: "strategy-title" }, `Strategy of ${slot.name}`),
    el("p", { class: "muted" }, `Slot ${slot.key} of ${key}. The change is a new version of the surface; it is served once published.`),
    form);
  status.textContent = `Strategy of ${slot.name}: ${slot.strategy || "rules"}`;
  focusMain();
}

/** The slot's strategy in one line, with a way to its settings when linked. */
export function strategyLine(key, slot, linked = true) {
  const settings = Object.entries(slot.strategySettings || {});
  return el("p", { class: "strategy-line", "data-strategy": slot.strategy || "rules" },
    "Strategy: ", el("strong", {}, slot.strategy || "rules"),
    settings.length ? el("span", { class: "muted" }, " · " + settings.map(([n, v]) => `${n} ${shown(v)}`).join(", ")) : null,
    " ", linked && el("a", { href: surfaceHref(key, "slots", slot.key, "strategy"), "data-link": "strategy",
      // data-action marks what changes something: viewers get a link to read the settings only
      "data-action": can("editor") ? "strategy" : null,
      "aria-label": `Strategy settings of ${slot.name}` }, can("editor") ? "Change" : "Details"));
}

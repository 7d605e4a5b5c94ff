// The learning strategy's slot models: the newest version of each, and one model with its versions.
// Strategy owners and admins freeze (stop learning), unfreeze and reset (back to the priors, after a
// confirmation) a model; everyone else reads. The server checks the same roles on every request.

import { get, request } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, back, flash, takeFlash } from "./dom.js";
import { can } from "./session.js";
import { when } from "./workflow.js";
import { modelHref } from "./decisions.js";
import { problemKind, count } from "./form-errors.js";

const path = (surface, slot, action) =>
  "/models/" + [surface, slot].map(encodeURIComponent).join("/") + (action ? "/" + action : "");

const mayOperate = () => can("strategy-owner", "admin");

function frozenBadge(frozen) {
  return frozen
    ? el("span", { class: "badge warn", "data-frozen": "true" }, "Frozen: not learning")
    : el("span", { class: "badge ok", "data-frozen": "false" }, "Learning");
}

/** "learned from 312 decisions", "freeze by alice": what made this version. */
function made(v) {
  return [v.reason || "—", v.author ? el("span", { class: "muted" }, ` · by ${v.author}`) : null];
}

export async function modelsPage() {
  loading();
  let items;
  try {
    items = (await get("/models")).items || [];
  } catch (e) {
    return showError("The models could not be loaded: " + e.message, modelsPage);
  }
  show(
    takeFlash(),
    el("h1", {}, "Models"),
    el("p", { class: "muted" }, "A slot decided by the learning strategy (\"strategy\": \"bandit\") has a model that learns " +
      "from the outcomes of its decisions. Each learned batch and each freeze, unfreeze or reset writes a new version; " +
      "every decision names the version it was made with. " + (mayOperate()
        ? "Open a model to freeze, unfreeze or reset it."
        : "Freezing, unfreezing and resetting a model needs the strategy-owner or admin role; you can read them.")),
    items.length === 0
      ? el("p", { class: "notice", id: "no-models" }, "No model yet: a slot's model is stored once its first decisions' " +
        "attribution window closes, or when a strategy owner freezes or resets it. Until then it decides with the priors.")
      : el("table", { class: "models", "aria-label": "Slot models" },
        el("thead", {}, el("tr", {},
          el("th", { scope: "col" }, "Model"), el("th", { scope: "col" }, "Version"),
          el("th", { scope: "col" }, "State"), el("th", { scope: "col" }, "Observations"),
          el("th", { scope: "col" }, "Last change"))),
        el("tbody", {}, items.map((m) => el("tr", { "data-model": `${m.surface}/${m.slot}` },
          el("th", { scope: "row" }, el("a", { href: modelHref(m.surface, m.slot) }, `${m.surface} · ${m.slot}`)),
          el("td", { "data-col": "version" }, `version ${m.version}`),
          el("td", { "data-col": "state" }, frozenBadge(m.frozen)),
          el("td", { "data-col": "observations" }, String(m.observations)),
          el("td", { "data-col": "change" }, made(m), el("div", { class: "muted" }, when(m.createdAt))))))));
  status.textContent = count(items.length, "model");
  focusMain();
}

export async function modelPage(surface, slot) {
  loading();
  let versions;
  try {
    versions = (await get(path(surface, slot))).items || [];
  } catch (e) {
    if (e.status === 404) {
      return show(back("#/models", "All models"), el("h1", {}, `Model of ${surface} · ${slot}`),
        el("p", { class: "notice", id: "no-model", "data-problem": problemKind(e) }, e.message),
        el("p", {}, el("a", { href: surfaceHref(surface) }, "Open the surface")));
    }
    return showError(`The model of ${surface} · ${slot} could not be loaded: ${e.message}`, () => modelPage(surface, slot));
  }
  const newest = versions[0];
  show(
    back("#/models", "All models"),
    takeFlash(),
    el("h1", {}, "Model of ", el("a", { href: surfaceHref(surface) }, surface), ` · slot ${slot}`),
    el("p", { class: "policy-facts", id: "model-facts" }, frozenBadge(newest.frozen),
      el("span", { class: "muted" }, ` · version ${newest.version} · ${newest.observations} observations since the last reset`)),
    operations(surface, slot, newest),
    el("h2", {}, "Versions"),
    el("table", { class: "history model-versions", "aria-label": "Versions, newest first" },
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, "Version"), el("th", { scope: "col" }, "Written"),
        el("th", { scope: "col" }, "Why"), el("th", { scope: "col" }, "Observations"), el("th", { scope: "col" }, "State"))),
      el("tbody", {}, versions.map((v) => el("tr", { "data-version": String(v.version) },
        el("th", { scope: "row" }, `Version ${v.version}`),
        el("td", {}, when(v.createdAt)),
        el("td", {}, made(v)),
        el("td", {}, String(v.observations)),
        el("td", {}, frozenBadge(v.frozen)))))));
  status.textContent = `Model of ${surface} · ${slot}: version ${newest.version}, ${newest.frozen ? "frozen" : "learning"}`;
  focusMain();
}

/** Freeze or Unfreeze and Reset, for strategy owners and admins; Reset asks first. */
function operations(surface, slot, newest) {
  if (!mayOperate()) {
    return el("p", { class: "muted", id: "model-read-only" },
      "Freezing, unfreezing and resetting a model needs the strategy-owner or admin role.");
  }
  const message = el("div", { class: "action-message", "aria-live": "polite" });
  const confirm = el("div", { class: "confirm", id: "reset-confirm", hidden: true });
  const buttons = [];
  const run = async (action, button, busy, done) => {
    for (const b of buttons) b.disabled = true;
    const label = button.textContent;
    button.textContent = busy;
    message.replaceChildren(el("p", { class: "muted progress", role: "status" }, busy + " waiting for the server"));
    try {
      const reply = (await request(path(surface, slot, action), { method: "POST", body: {} })).body;
      flash(done(reply));
      modelPage(surface, slot);
    } catch (e) {
      const text = e.status === 403 ? "The server refused: freezing, unfreezing and resetting need the strategy-owner or admin role."
        : e.status === 0 ? e.message + " Nothing was changed; try again." : `Nothing was changed: ${e.message}`;
      message.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": problemKind(e) }, text));
      button.textContent = label;
      for (const b of buttons) b.disabled = false;
      button.focus();
    }
  };
  const toggle = newest.frozen
    ? el("button", { type: "button", "data-action": "unfreeze" }, "Unfreeze")
    : el("button", { type: "button", "data-action": "freeze" }, "Freeze");
  toggle.addEventListener("click", () => newest.frozen
    ? run("unfreeze", toggle, "Unfreezing…", (v) => `The model learns again from the next closed window on (version ${v.version}).`)
    : run("freeze", toggle, "Freezing…", (v) => `The model is frozen at version ${v.version}: decisions go on with it, ` +
      "and outcomes are not learned until it is unfrozen."));
  const reset = el("button", { type: "button", "data-action": "reset", "aria-expanded": "false", "aria-controls": "reset-confirm" }, "Reset…");
  const yes = el("button", { type: "button", class: "danger", "data-action": "confirm-reset" }, "Reset to the priors");
  const no = el("button", { type: "button", "data-action": "cancel-reset" }, "Cancel");
  const closeConfirm = () => {
    confirm.hidden = true;
    reset.setAttribute("aria-expanded", "false");
    reset.focus();
  };
  confirm.append(
    el("p", { id: "reset-question" }, el("strong", {}, `Reset the model of ${slot} to the priors?`), ` It forgets what it learned ` +
      `from ${newest.observations} observations and decides as a new model would${newest.frozen ? "; it stays frozen" : ""}. ` +
      "Earlier versions stay listed, so logged decisions still replay."),
    el("p", {}, yes, " ", no));
  confirm.setAttribute("role", "group");
  confirm.setAttribute("aria-labelledby", "reset-question");
  confirm.addEventListener("keydown", (e) => { if (e.key === "Escape") closeConfirm(); });
  reset.addEventListener("click", () => {
    confirm.hidden = false;
    reset.setAttribute("aria-expanded", "true");
    no.focus();
  });
  no.addEventListener("click", closeConfirm);
  yes.addEventListener("click", () => run("reset", yes, "Resetting…",
    (v) => `The model is reset to the priors (version ${v.version}).`));
  buttons.push(toggle, reset, yes, no);
  return el("section", { class: "workflow model-operations", "aria-labelledby": "operations-title" },
    el("h2", { id: "operations-title" }, "Operations"),
    el("p", { class: "muted" }, newest.frozen
      ? "The model is frozen: decisions go on with it, outcomes are not learned. Unfreeze to learn again from the next closed attribution window on."
      : "Freeze to stop learning; decisions go on with the frozen model and the same exploration."),
    el("p", { class: "actions" }, toggle, " ", reset),
    confirm, message);
}

// Pagewright admin UI: a hash router over the screens. Every piece of text that comes from the API is
// set with textContent (see dom.js), never as HTML, so content such as "<script>" is shown as text.

import { surfacesPage, surfacePage } from "./surfaces.js";
import { editorPage } from "./editor.js";
import { searchPage } from "./search.js";
import { previewPage } from "./preview.js";
import { historyPage, versionPage } from "./history.js";
import { coveragePage } from "./coverage.js";
import { reviewsPage, reviewPage, refreshReviewCount } from "./reviews.js";
import { policiesPage, policyPage, policyEditPage, policyDryRunPage, policyVersionsPage, policyVersionPage,
  newPolicyPage } from "./policies.js";
import { decisionsPage, decisionPage, visitorPage } from "./decisions.js";
import { modelsPage, modelPage } from "./models.js";
import { simulationPage } from "./simulation.js";
import { escalationsPage, refreshEscalationCount } from "./escalations.js";
import { indexPage } from "./reindex.js";
import { catalogPage, catalogItemPage } from "./catalog.js";
import { drawImportIndicator } from "./import-indicator.js";
import { surfaceImportPage } from "./surface-import.js";
import { strategyPage } from "./strategy-settings.js";
import { whoAmI, signInPage, signOut, user } from "./session.js";
import { el, showError } from "./dom.js";

/** #/surfaces/{key}/slots/{slot}/variants/{variant} → ["surfaces", key, "slots", ...], decoded. */
function parts() {
  const [path] = location.hash.replace(/^#\/?/, "").split("?");
  return path.split("/").filter(Boolean).map(decodeURIComponent);
}

function markNav(section) {
  for (const link of document.querySelectorAll("header nav a")) {
    if (link.dataset.section === section) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

function route() {
  const [section, key, sub, slot, kind, variant] = parts();
  markNav(section === "new-policy" ? "policies" : section === "index" ? "search"
    : section === "surface-import" ? "surfaces" : section || "surfaces");
  if (section !== "reviews") refreshReviewCount();
  refreshEscalationCount();
  drawImportIndicator();
  if (section === "surfaces" && key) {
    if (sub === "slots" && kind === "variants" && variant) return editorPage(key, slot, variant);
    if (sub === "slots" && kind === "add-variant") return editorPage(key, slot, null);
    if (sub === "slots" && kind === "strategy") return strategyPage(key, slot);
    if (sub === "preview") return previewPage(key);
    if (sub === "coverage") return coveragePage(key);
    if (sub === "simulation") return simulationPage(key);
    if (sub === "history" && slot) return versionPage(key, slot);
    if (sub === "history") return historyPage(key);
    return surfacePage(key);
  }
  if (section === "policies" && key) {
    if (sub === "edit") return policyEditPage(key);
    if (sub === "dry-run") return policyDryRunPage(key);
    if (sub === "versions" && slot) return policyVersionPage(key, slot);
    if (sub === "versions") return policyVersionsPage(key);
    return policyPage(key);
  }
  if (section === "policies") return policiesPage();
  if (section === "new-policy") return newPolicyPage();
  if (section === "decisions" && key === "visitor" && sub) return visitorPage(sub);
  if (section === "decisions" && key) return decisionPage(key);
  if (section === "decisions") return decisionsPage();
  if (section === "models" && key && sub) return modelPage(key, sub);
  if (section === "models") return modelsPage();
  if (section === "escalations") return escalationsPage(key === "resolved" ? "resolved" : "open");
  if (section === "surface-import") return surfaceImportPage();
  if (section === "catalog" && key === "items" && sub) return catalogItemPage(sub);
  if (section === "catalog") return catalogPage();
  if (section === "search") return searchPage();
  if (section === "index") return indexPage();
  if (section === "reviews" && key && sub) return reviewPage(key, sub);
  if (section === "reviews") return reviewsPage();
  return surfacesPage();
}

/** The signed-in user's name and roles, and the way out, in the top bar. */
function showUser() {
  const slot = document.getElementById("who");
  const me = user();
  if (!me) return slot.replaceChildren();
  slot.replaceChildren(
    el("span", { class: "who-name", id: "who-name" }, me.displayName),
    el("span", { class: "who-roles" }, " (" + me.roles.join(", ") + ") "),
    el("button", { type: "button", class: "small", id: "sign-out", onclick: async () => {
      await signOut();
      start();
    } }, "Sign out"));
}

async function start() {
  try {
    if (!(await whoAmI())) {
      showUser();
      return signInPage(start);
    }
  } catch (e) {
    return showError("The server cannot be reached: " + e.message, start);
  }
  showUser();
  route();
}

window.addEventListener("hashchange", () => user() && route());
window.addEventListener("pagewright:signed-out", () => {
  // a request that was under way when someone signed out answers 401 later: keep the sign-in form
  // they may be typing into rather than drawing it again
  if (document.querySelector("form.signin")) return;
  whoAmI().then((me) => me || document.querySelector("form.signin") ||
    (showUser(), signInPage(start, "Your session ended. Sign in again.")));
});
start();

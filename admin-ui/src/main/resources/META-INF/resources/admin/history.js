// The history of a surface: its versions with their comments, one earlier version read-only, and
// restoring it as a new version under If-Match of the current one.

import { get, request, paths } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, back, flash, takeFlash } from "./dom.js";
import { surfaceTabs, slotSections } from "./surfaces.js";

export async function historyPage(key) {
  loading();
  let surface;
  let versions;
  try {
    [surface, versions] = await Promise.all([get(paths.surface(key)), get(paths.surface(key) + "/versions")]);
  } catch (e) {
    return showError(`The history could not be loaded: ${e.message}`, () => historyPage(key));
  }
  const rows = versions.items.map((v) =>
    el("tr", { "data-version": String(v.version) },
      el("th", { scope: "row" }, el("a", { href: surfaceHref(key, "history", String(v.version)) }, `Version ${v.version}`)),
      el("td", {}, new Date(v.createdAt).toLocaleString()),
      el("td", {}, v.comment || el("span", { class: "muted" }, "no comment")),
      el("td", {},
        v.version === surface.version ? el("span", { class: "badge default" }, "Current") : null, " ",
        v.published ? el("span", { class: "badge ok" }, "Published") : null)));
  show(
    back(surfaceHref(key), "Back to the surface"),
    takeFlash(),
    el("h1", {}, `History of ${surface.name}`),
    surfaceTabs(key, "history"),
    el("table", { "aria-label": "Versions, newest first" },
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, "Version"), el("th", { scope: "col" }, "Written"),
        el("th", { scope: "col" }, "Comment"), el("th", { scope: "col" }, "State"))),
      el("tbody", {}, rows)));
  status.textContent = `${versions.total} versions of ${surface.name}`;
  focusMain();
}

export async function versionPage(key, number) {
  loading();
  let current;
  let version;
  try {
    [current, version] = await Promise.all([
      request(paths.surface(key)), get(`${paths.surface(key)}/versions/${encodeURIComponent(number)}`)]);
  } catch (e) {
    return showError(`Version ${number} could not be loaded: ${e.message}`, () => versionPage(key, number));
  }
  const currentVersion = current.version ?? current.body.version;
  const message = el("div", { id: "restore-message" });
  const isCurrent = version.version === currentVersion;
  const restore = el("button", { type: "button", class: "primary", "data-action": "restore" },
    `Restore version ${version.version}`);
  restore.addEventListener("click", async () => {
    restore.disabled = true;
    message.replaceChildren();
    try {
      const done = await request(`${paths.surface(key)}/versions/${version.version}/restore`,
        { method: "POST", version: currentVersion });
      const now = done.version ?? done.body?.version;
      flash(`Restored version ${version.version}: it is now the current version ${now}.`);
      location.hash = surfaceHref(key, "history");
    } catch (e) {
      const stale = e.status === 409;
      message.replaceChildren(el("div", { class: "error", role: "alert", "data-problem": stale ? "stale" : "failed" },
        stale
          ? `The surface changed since this page was loaded (it was at version ${currentVersion}, now ` +
            `${e.problem.currentVersion ?? "later"}). Nothing was restored. `
          : `Nothing was restored: ${e.message} `,
        el("button", { type: "button", onclick: () => versionPage(key, number) }, "Reload")));
      restore.disabled = false;
    }
  });
  show(
    back(surfaceHref(key, "history"), "Back to the history"),
    el("h1", {}, `${version.name}, version ${version.version}`),
    surfaceTabs(key, "history"),
    el("p", { class: "muted" }, `Written ${new Date(version.createdAt).toLocaleString()} · `,
      version.comment || "no comment", ` · the current version is ${currentVersion}`),
    isCurrent ? el("p", { class: "notice" }, "This is the current version.")
      : el("p", {}, restore, " ", el("span", { class: "muted" },
        "Restoring writes a new version with this content; later versions stay in the history.")),
    message,
    ...slotSections(key, version, false));
  status.textContent = `Version ${version.version} of ${version.name}`;
  focusMain();
}

// The history of a surface: its versions with their comments, one earlier version read-only, and
// restoring it as a new version under If-Match of the current one.

import { get, request, paths } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, back, flash, takeFlash } from "./dom.js";
import { surfaceTabs, slotSections } from "./surfaces.js";
import { can } from "./session.js";
import { actionForm, diffTable, workflowPath } from "./workflow.js";

export async function historyPage(key) {
  loading();
  let surface;
  let versions;
  let workflow;
  try {
    [surface, versions, workflow] = await Promise.all([
      get(paths.surface(key)), get(paths.surface(key) + "/versions"), get(paths.surface(key) + "/workflow")]);
  } catch (e) {
    return showError(`The history could not be loaded: ${e.message}`, () => historyPage(key));
  }
  // The audit trail is loaded apart: when it fails, the versions still show, with an honest note.
  let audit = null;
  let auditError = null;
  try {
    audit = await get(`/audit?objectKind=surface&objectKey=${encodeURIComponent(key)}&size=200`);
  } catch (e) {
    auditError = e.message;
  }
  const entries = audit ? audit.items : [];
  const byVersion = new Map();
  for (const entry of entries) {
    const list = byVersion.get(entry.version) || [];
    list.push(entry);
    byVersion.set(entry.version, list);
  }
  const everPublished = new Set(entries.filter((e) => e.action === "published").map((e) => e.version));
  const reload = () => historyPage(key);
  const rows = versions.items.flatMap((v) => {
    const events = (byVersion.get(v.version) || []).slice().sort((a, b) => new Date(b.at) - new Date(a.at));
    const live = workflow.publishedVersion === v.version;
    const canRollBack = !live && (everPublished.has(v.version) || v.published) && can("editor", "strategy-owner");
    return [el("tr", { "data-version": String(v.version) },
      el("th", { scope: "row" }, el("a", { href: surfaceHref(key, "history", String(v.version)) }, `Version ${v.version}`)),
      el("td", {}, new Date(v.createdAt).toLocaleString()),
      el("td", {}, v.comment || el("span", { class: "muted" }, "no comment"),
        events.length ? el("ol", { class: "timeline", "aria-label": `What happened to version ${v.version}` },
          events.map(auditItem)) : null),
      el("td", {},
        v.version === surface.version ? el("span", { class: "badge default" }, "Current") : null, " ",
        live ? el("span", { class: "badge ok" }, "Live") : null, " ",
        !live && everPublished.has(v.version) ? el("span", { class: "badge" }, "Was published") : null,
        canRollBack ? rollbackForm(key, v.version, reload) : null))];
  });
  const unversioned = byVersion.get(null) || byVersion.get(undefined) || [];
  show(
    back(surfaceHref(key), "Back to the surface"),
    takeFlash(),
    el("h1", {}, `History of ${surface.name}`),
    surfaceTabs(key, "history"),
    el("p", { class: "muted" }, "Every version, newest first, with what happened to it: who wrote, submitted, approved, " +
      "rejected or published it, when, why, and what changed."),
    auditError ? el("div", { class: "error", role: "alert", id: "audit-error" },
      "The audit trail could not be loaded (" + auditError + "); only the versions are shown. ",
      el("button", { type: "button", onclick: reload }, "Try again")) : null,
    el("table", { "aria-label": "Versions, newest first", class: "history" },
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, "Version"), el("th", { scope: "col" }, "Written"),
        el("th", { scope: "col" }, "Comment and activity"), el("th", { scope: "col" }, "State"))),
      el("tbody", {}, rows)),
    unversioned.length ? [el("h2", {}, "Other activity"),
      el("ol", { class: "timeline" }, unversioned.map(auditItem))] : null);
  status.textContent = `${versions.total} versions of ${surface.name}` + (audit ? `, ${audit.total} audit entries` : "");
  focusMain();
}

function auditItem(entry) {
  const changes = entry.changes || [];
  return el("li", { "data-audit": entry.action, "data-audit-id": String(entry.id) },
    el("span", { class: "action" }, entry.action), ` by ${entry.actor} on ${new Date(entry.at).toLocaleString()}`,
    entry.comment ? [": ", el("q", {}, entry.comment)] : null,
    changes.length ? el("details", {}, el("summary", {}, `${changes.length} change${changes.length === 1 ? "" : "s"}`),
      diffTable(changes, `Recorded with “${entry.action}”`)) : null);
}

function rollbackForm(key, version, reload) {
  return el("details", { class: "rollback", "data-rollback": String(version) },
    el("summary", {}, `Roll back to version ${version}`),
    actionForm({
      name: "rollback-" + version, legend: `Publish version ${version} again`, reload,
      buttons: [{ label: `Roll back to version ${version}`, action: "rollback", primary: true, busy: "Rolling back…",
        path: workflowPath(key, version, "rollback") }],
      done: (reply) => {
        flash(reply.review.stage === "published"
          ? `Version ${version} is live again, as version ${reply.review.version}.`
          : `The rollback to version ${version} is high impact: it waits in review as version ${reply.review.version}.`);
        reload();
      },
    }));
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
      : !can("editor") ? null : el("p", {}, restore, " ", el("span", { class: "muted" },
        "Restoring writes a new version with this content; later versions stay in the history.")),
    message,
    ...slotSections(key, version, false, false));
  status.textContent = `Version ${version.version} of ${version.name}`;
  focusMain();
}

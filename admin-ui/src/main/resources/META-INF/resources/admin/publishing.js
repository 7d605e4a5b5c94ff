// The publishing panel of a surface: what is live, what the newest version is and where it stands
// in the workflow, and the actions the signed-in user's roles allow on it (submit, publish now or
// on a schedule, archive). The server checks the same rules again.

import { get, paths } from "./api.js";
import { el, flash } from "./dom.js";
import { can } from "./session.js";
import { stageBadge, impactFlag, when, workflowPath, actionForm } from "./workflow.js";

export function reviewHref(key, version) {
  return "#/reviews/" + encodeURIComponent(key) + "/" + encodeURIComponent(version);
}

/** A panel that loads on its own, so a failing workflow call never blanks the surface screen. */
export function workflowPanel(key, reload) {
  const panel = el("section", { class: "workflow", id: "workflow", "aria-labelledby": "workflow-title", "aria-busy": "true" },
    el("h2", { id: "workflow-title" }, "Publishing"), el("p", { class: "muted" }, "Loading the workflow…"));
  const load = async () => {
    panel.setAttribute("aria-busy", "true");
    try {
      const workflow = await get(paths.surface(key) + "/workflow");
      const detail = await get(`${paths.surface(key)}/versions/${workflow.latestVersion}/review`);
      panel.replaceChildren(el("h2", { id: "workflow-title" }, "Publishing"), ...content(key, workflow, detail, reload));
    } catch (e) {
      panel.replaceChildren(el("h2", { id: "workflow-title" }, "Publishing"),
        el("div", { class: "error", role: "alert" }, "The workflow could not be loaded: " + e.message, " ",
          el("button", { type: "button", onclick: load }, "Try again")));
    } finally {
      panel.setAttribute("aria-busy", "false");
    }
  };
  load();
  return panel;
}

function content(key, workflow, detail, reload) {
  const review = detail.state.review;
  const latest = workflow.latestVersion;
  const live = workflow.publishedVersion;
  const out = [el("dl", { class: "facts" },
    el("dt", {}, "Live"), el("dd", { "data-fact": "published" }, live != null ? `version ${live}` : "nothing published"),
    el("dt", {}, "Newest"), el("dd", { "data-fact": "latest" }, `version ${latest} `, stageBadge(review.stage)))];
  const state = el("div", { class: "workflow-state", "data-stage": review.stage, id: "workflow-state" });
  out.push(state);
  const done = (text) => () => { flash(text); reload(); };
  switch (review.stage) {
    case "draft":
      state.append(el("p", {}, live === latest ? "No changes since the published version."
        : `Version ${latest} has changes that are not submitted for review yet.`));
      if (review.rejection) {
        state.append(el("p", { class: "rejection", "data-rejection": "" }, `Rejected by ${review.rejection.by} on ${when(review.rejection.at)}: `,
          el("q", {}, review.rejection.comment)));
      }
      if (can("editor") && live !== latest) {
        state.append(actionForm({
          name: "submit", legend: `Submit version ${latest} for review`, reload,
          buttons: [{ label: "Submit for review", action: "submit", primary: true, busy: "Submitting…",
            path: workflowPath(key, latest, "submit") }],
          done: (reply) => done(reply.review.stage === "approved"
            ? `Version ${latest} is submitted and already approved.`
            : `Version ${latest} is submitted for review.`)(),
        }));
      }
      break;
    case "in-review":
      state.append(
        el("p", {}, `Version ${latest} is in review, submitted by ${review.submittedBy} on ${when(review.submittedAt)}`,
          review.comment ? [": ", el("q", {}, review.comment)] : "."),
        impactFlag(review),
        el("p", {}, "Still needed: "), el("ul", { "data-missing": "" }, detail.state.missing.map((m) => el("li", {}, m))),
        el("p", {}, el("a", { href: reviewHref(key, latest), "data-link": "review" }, "Open the review and its changes")));
      break;
    case "approved":
      state.append(review.publishAt
        ? el("p", { "data-scheduled": review.publishAt }, `Version ${latest} is approved and scheduled to go live on ${when(review.publishAt)}`,
            review.unpublishAt ? ` until ${when(review.unpublishAt)}.` : ".")
        : el("p", {}, `Version ${latest} is approved and ready to publish.`),
        approvals(review));
      if (can("editor", "reviewer", "strategy-owner")) state.append(publishForm(key, latest, done, reload));
      break;
    case "published":
      state.append(el("p", {}, `Version ${latest} is live since ${when(review.publishedAt)} (published by ${review.publishedBy || "—"})`,
        review.unpublishAt ? `, until ${when(review.unpublishAt)}.` : "."));
      break;
    default:
      state.append(el("p", {}, `Version ${latest} is ${review.stage}.`));
  }
  for (const other of workflow.open.filter((o) => o.review.version !== latest)) {
    out.push(el("p", { class: "muted", "data-open-version": String(other.review.version) },
      `Version ${other.review.version}: `, stageBadge(other.review.stage),
      other.review.publishAt ? ` scheduled for ${when(other.review.publishAt)}` : "", " ",
      el("a", { href: reviewHref(key, other.review.version) }, "open")));
  }
  if (live != null && can("editor", "strategy-owner")) out.push(archiveForm(key, live, done, reload));
  return out;
}

function approvals(review) {
  if (!review.approvals.length) return null;
  return el("ul", { class: "approvals" }, review.approvals.map((a) =>
    el("li", {}, `Approved by ${a.approver}${a.strategyOwner ? " (strategy owner)" : ""} on ${when(a.at)}`,
      a.comment ? [": ", el("q", {}, a.comment)] : "")));
}

function publishForm(key, version, done, reload) {
  const path = workflowPath(key, version, "publish");
  return actionForm({
    name: "publish", legend: `Publish version ${version}`, reload,
    fields: [
      { name: "publishAt", label: "Go live at (for Schedule; your local time)", type: "datetime-local" },
      { name: "unpublishAt", label: "Take off at (optional)", type: "datetime-local" },
    ],
    buttons: [
      { label: "Publish now", action: "publish", primary: true, busy: "Publishing…", path,
        body: (v) => ({ comment: v.comment, unpublishAt: v.unpublishAt }) },
      { label: "Schedule", action: "schedule", busy: "Scheduling…", path,
        check: (v) => (v.publishAt ? null : { publishAt: "Choose when the version goes live." }) },
    ],
    done: (reply) => done(reply.review.stage === "published"
      ? `Version ${version} is live.`
      : `Version ${version} is scheduled to go live on ${when(reply.review.publishAt)}.`)(),
  });
}

function archiveForm(key, live, done, reload) {
  return el("details", { class: "archive" },
    el("summary", {}, "Archive this surface"),
    el("p", { class: "muted" }, `Takes version ${live} off the live site: resolving the surface answers “not found” until a version is published again.`),
    actionForm({
      name: "archive", legend: "Archive", reload,
      buttons: [{ label: "Archive now", action: "archive", busy: "Archiving…",
        path: paths.surface(key) + "/archive" }],
      done: () => done(`The surface is archived: version ${live} is no longer live.`)(),
    }));
}

// The review inbox: every version waiting in review, the ones the signed-in user may approve first,
// the high-impact flag with its reasons; one review with its diff against what is live, and approve
// or reject with a comment (the server requires one to reject and says so next to the box).

import { get } from "./api.js";
import { el, show, showError, loading, status, focusMain, surfaceHref, back, flash, takeFlash } from "./dom.js";
import { can } from "./session.js";
import { stageBadge, impactFlag, when, workflowPath, actionForm, diffTable } from "./workflow.js";
import { reviewHref } from "./publishing.js";
import { policyHref } from "./policy-editor.js";

/** Puts the number of reviews waiting for the signed-in user next to the nav link. */
export async function refreshReviewCount() {
  const badge = document.getElementById("review-count");
  if (!badge) return;
  try {
    const mine = await get("/reviews?mine=true");
    badge.textContent = String(mine.length);
    badge.hidden = false;
    badge.closest("a").setAttribute("aria-label", `Reviews, ${mine.length} waiting for you`);
  } catch {
    badge.hidden = true;
    badge.closest("a").removeAttribute("aria-label");
  }
}

function inboxTable(items, caption, mine) {
  return el("table", { class: "inbox", "aria-label": caption, "data-inbox": mine ? "mine" : "others" },
    el("caption", {}, caption),
    el("thead", {}, el("tr", {},
      el("th", { scope: "col" }, "Change"), el("th", { scope: "col" }, "Submitted"),
      el("th", { scope: "col" }, "Impact"), el("th", { scope: "col" }, mine ? "Still needed" : "Why not you"))),
    el("tbody", {}, items.map(({ state, whyNot }) => {
      const r = state.review;
      return el("tr", { "data-review": `${r.key}/${r.version}`, "data-surface": r.key,
        "data-impact": r.impact.reasons.length ? "high" : "ordinary" },
        // a policy is approved on its own screen, with its rules and the approval panel
        el("th", { scope: "row" }, el("a", { href: String(r.kind).toLowerCase() === "policy" ? policyHref(r.key) : reviewHref(r.key, r.version) },
          `${r.key}, version ${r.version}`),
          el("div", { class: "muted" }, r.kind)),
        el("td", {}, `${r.submittedBy || "—"} · ${when(r.submittedAt)}`,
          r.comment ? el("div", {}, el("q", {}, r.comment)) : null),
        el("td", {}, impactFlag(r)),
        el("td", {}, mine
          ? el("ul", {}, state.missing.map((m) => el("li", {}, m)))
          : el("span", { "data-why-not": "" }, whyNot || "—")));
    })));
}

export async function reviewsPage() {
  loading();
  let items;
  try {
    items = await get("/reviews");
  } catch (e) {
    return showError("The review inbox could not be loaded: " + e.message, reviewsPage);
  }
  const mine = items.filter((i) => i.youMayApprove);
  const others = items.filter((i) => !i.youMayApprove);
  show(
    takeFlash(),
    el("h1", {}, "Reviews"),
    el("p", { class: "muted" }, can("reviewer", "strategy-owner")
      ? "Changes waiting in review. Open one to see what changed and to approve or reject it."
      : "Changes waiting in review. Approving needs the reviewer or strategy-owner role."),
    mine.length ? inboxTable(mine, `Waiting for your approval (${mine.length})`, true)
      : el("p", { class: "notice", id: "inbox-empty" }, "Nothing waits for your approval."),
    others.length ? inboxTable(others, `Other changes in review (${others.length})`, false) : null);
  status.textContent = `${mine.length} reviews wait for you, ${items.length} in review in all`;
  refreshReviewCount();
  focusMain();
}

export async function reviewPage(key, version) {
  loading();
  let detail;
  try {
    detail = await get(workflowPath(key, version, "review"));
  } catch (e) {
    return showError(`The review of ${key} version ${version} could not be loaded: ${e.message}`,
      () => reviewPage(key, version));
  }
  const review = detail.state.review;
  const reload = () => reviewPage(key, version);
  show(
    back("#/reviews", "All reviews"),
    takeFlash(),
    el("h1", {}, `Review of ${key}, version ${version}`),
    el("p", {}, stageBadge(review.stage), " ",
      el("a", { href: surfaceHref(key) }, "Open the surface"), " · ",
      el("a", { href: surfaceHref(key, "history") }, "History")),
    el("section", { class: "review-facts", "aria-label": "About this change" },
      impactFlag(review),
      review.submittedBy ? el("p", {}, `Submitted by ${review.submittedBy} on ${when(review.submittedAt)}`,
        review.comment ? [": ", el("q", {}, review.comment)] : ".") : null,
      review.authors.length ? el("p", { class: "muted" }, "Written by " + review.authors.join(", ")) : null,
      review.approvals.length ? el("ul", { class: "approvals" }, review.approvals.map((a) => el("li", {},
        `Approved by ${a.approver}${a.strategyOwner ? " (strategy owner)" : ""} on ${when(a.at)}`,
        a.comment ? [": ", el("q", {}, a.comment)] : ""))) : null,
      detail.state.missing.length ? el("div", { id: "missing" }, "Still needed: ",
        el("ul", { "data-missing": "" }, detail.state.missing.map((m) => el("li", {}, m)))) : null,
      review.rejection && review.stage === "draft" ? el("p", { class: "rejection", "data-rejection": "" },
        `Rejected by ${review.rejection.by} on ${when(review.rejection.at)}: `, el("q", {}, review.rejection.comment)) : null),
    el("h2", {}, "What changed"),
    diffTable(detail.changes, detail.comparedWith != null
      ? `Changes against the published version ${detail.comparedWith}` : "Changes (nothing is published yet)"),
    decision(key, version, review, detail, reload));
  status.textContent = `Review of ${key} version ${version}: ${review.stage}`;
  focusMain();
}

function decision(key, version, review, detail, reload) {
  if (!can("reviewer", "strategy-owner")) return null;
  if (review.stage !== "in-review") {
    return el("p", { class: "muted", id: "not-in-review" }, `This version is ${review.stage}; there is nothing to approve.`);
  }
  if (!detail.youMayApprove) {
    return el("p", { class: "why-not", id: "why-not", role: "note" }, "You cannot approve this change: " + detail.whyNot + ".");
  }
  return actionForm({
    name: "decide", legend: "Your decision", reload,
    commentLabel: "Comment (required to reject)",
    buttons: [
      { label: "Approve", action: "approve", primary: true, busy: "Approving…", path: workflowPath(key, version, "approve") },
      { label: "Reject", action: "reject", busy: "Rejecting…", path: workflowPath(key, version, "reject") },
    ],
    done: (reply, button) => {
      const next = reply.review.stage;
      flash(button.action === "reject" ? `You rejected version ${version}: it is back to draft.`
        : next === "approved" ? `You approved version ${version}: it is approved and can be published.`
          : `Your approval is recorded; still needed: ${reply.missing.join(", ")}.`);
      refreshReviewCount();
      reload();
    },
  });
}

// The guardrail policies: the list (which surface each governs, which version is active), one policy
// with its rules in words and its approval and activation, the JSON editor and "New policy" for
// strategy owners, the version history with any version read-only, and the dry run. A surface is
// governed by its own policy (the same key) and by the global policy; the server checks every role.

import { get, request } from "./api.js";
import { el, show, showError, loading, status, focusMain, back, flash, takeFlash } from "./dom.js";
import { can } from "./session.js";
import { stageBadge, impactFlag, when, actionForm, diffTable } from "./workflow.js";
import { ruleList } from "./policy-rules.js";
import { PolicyEditor, policyHref, documentText } from "./policy-editor.js";
import { dryRunPanel } from "./dry-run.js";

export { policyHref };

const GLOBAL = "global";
const path = (key) => "/policies/" + encodeURIComponent(key);
const versionPath = (key, version, action) =>
  `${path(key)}/versions/${encodeURIComponent(version)}` + (action ? "/" + action : "");

/** Which surfaces a policy governs: the one with its key, or every surface for the global policy. */
export function governs(key) {
  return key === GLOBAL
    ? el("span", { class: "governs", "data-governs": "every-surface" }, "applies to every surface")
    : el("span", { class: "governs", "data-governs": "surface" }, "governs surface ", el("code", {}, key));
}

function activeBadge(activeVersion, activatedAt) {
  return activeVersion != null
    ? el("span", { class: "badge ok", "data-active-version": String(activeVersion), title: activatedAt || "" },
      `Active: version ${activeVersion}`)
    : el("span", { class: "badge warn", "data-active-version": "" }, "No version active");
}

function policyTabs(key, current) {
  const tab = (href, text, name) =>
    el("a", { href, "aria-current": current === name ? "page" : null, "data-tab": name }, text);
  return el("nav", { class: "tabs", "aria-label": "Policy" },
    tab(policyHref(key), "Rules", "rules"),
    can("strategy-owner") ? tab(policyHref(key, "edit"), "Edit", "edit") : null,
    can("strategy-owner") ? tab(policyHref(key, "dry-run"), "Dry run", "dry-run") : null,
    tab(policyHref(key, "versions"), "Versions", "versions"));
}

export async function policiesPage() {
  loading();
  let list;
  try {
    list = await get("/policies");
  } catch (e) {
    return showError("Policies could not be loaded: " + e.message, policiesPage);
  }
  const rows = list.items.map((p) => el("tr", { "data-policy": p.key },
    el("th", { scope: "row" }, el("a", { href: policyHref(p.key) }, p.key), el("div", { class: "muted" }, governs(p.key))),
    el("td", { "data-col": "version" }, `version ${p.version}`),
    el("td", { "data-col": "rules" }, String(p.rules)),
    el("td", { "data-col": "updated" }, when(p.updatedAt)),
    el("td", { "data-col": "active" }, activeBadge(p.activeVersion, p.activatedAt),
      p.activatedAt ? el("div", { class: "muted" }, "since " + when(p.activatedAt)) : null,
      p.activeVersion != null && p.activeVersion !== p.version
        ? el("div", { class: "muted", "data-newer": "" }, `version ${p.version} is newer`) : null)));
  show(
    takeFlash(),
    el("h1", {}, "Policies"),
    el("p", { class: "muted" }, "A policy is a versioned, approved document of guardrail rules that every page is assembled " +
      "under. A surface is governed by its own policy (the one with the same key) and by the global policy, which applies " +
      "to every surface. A change takes effect once a strategy owner submits it, another approves it and it is published."),
    can("strategy-owner")
      ? el("p", {}, el("a", { class: "button", href: "#/new-policy", "data-action": "new-policy" }, "New policy")) : null,
    list.total === 0
      ? el("p", { class: "muted", id: "no-policies" }, "No policies yet.")
      : el("table", { class: "policies", "aria-label": "Policies" },
        el("thead", {}, el("tr", {},
          el("th", { scope: "col" }, "Policy"), el("th", { scope: "col" }, "Newest"),
          el("th", { scope: "col" }, "Rules"), el("th", { scope: "col" }, "Updated"),
          el("th", { scope: "col" }, "Active"))),
        el("tbody", {}, rows)));
  status.textContent = `${list.total} policies`;
  focusMain();
}

function heading(policy, title) {
  return [
    el("h1", {}, title),
    el("p", { class: "policy-facts" }, governs(policy.key), el("span", { class: "muted" }, ` · newest version ${policy.version} · `),
      activeBadge(policy.activeVersion, policy.activatedAt),
      policy.activatedAt ? el("span", { class: "muted" }, ` since ${when(policy.activatedAt)}`) : null),
  ];
}

async function loadPolicy(key) {
  const reply = await request(path(key));
  return { policy: reply.body, version: reply.version ?? reply.body.version };
}

export async function policyPage(key) {
  loading();
  let policy;
  try {
    ({ policy } = await loadPolicy(key));
  } catch (e) {
    return showError(`Policy "${key}" could not be loaded: ${e.message}`, () => policyPage(key));
  }
  show(
    back("#/policies", "All policies"),
    takeFlash(),
    ...heading(policy, `Policy ${policy.key}`),
    policyTabs(key, "rules"),
    workflowPanel(key, policy, () => policyPage(key)),
    el("h2", { id: "rules-title" }, `Rules of version ${policy.version}`, " ",
      policy.active ? el("span", { class: "badge ok" }, "Active") : el("span", { class: "badge" }, "Not active")),
    policy.comment ? el("p", { class: "muted" }, "Comment: ", el("q", {}, policy.comment)) : null,
    ruleList(policy.rules, `Rules of version ${policy.version}, in the order written`));
  status.textContent = `Policy ${policy.key}: ${policy.rules.length} rules, version ${policy.version}` +
    (policy.activeVersion != null ? `, version ${policy.activeVersion} active` : ", no version active");
  focusMain();
}

/** Approval and activation of the newest version; loads on its own so a failure never blanks the page. */
function workflowPanel(key, policy, reload) {
  const title = () => el("h2", { id: "workflow-title" }, "Approval and activation");
  const panel = el("section", { class: "workflow", id: "workflow", "aria-labelledby": "workflow-title", "aria-busy": "true" },
    title(), el("p", { class: "muted" }, "Loading the workflow…"));
  const load = async () => {
    panel.setAttribute("aria-busy", "true");
    try {
      const workflow = await get(path(key) + "/workflow");
      const detail = await get(versionPath(key, workflow.latestVersion, "review"));
      panel.replaceChildren(title(), ...workflowContent(key, policy, workflow, detail, reload));
    } catch (e) {
      panel.replaceChildren(title(),
        el("div", { class: "error", role: "alert" }, "The workflow could not be loaded: " + e.message, " ",
          el("button", { type: "button", onclick: load }, "Try again")));
    } finally {
      panel.setAttribute("aria-busy", "false");
    }
  };
  load();
  return panel;
}

/** "rules[1].id" → "rules[1].id (rule max-15-percent)", for refusals that name a rule. */
function describeWith(rules) {
  return (field) => {
    const index = /^rules\[(\d+)\]/.exec(field)?.[1];
    const rule = index != null ? rules?.[Number(index)] : null;
    return rule?.id ? `${field} (rule ${rule.id})` : field;
  };
}

function workflowContent(key, policy, workflow, detail, reload) {
  const review = detail.state.review;
  const latest = workflow.latestVersion;
  const live = workflow.publishedVersion;
  const owner = can("strategy-owner");
  const done = (text) => { flash(text); reload(); };
  const out = [el("dl", { class: "facts" },
    el("dt", {}, "Active"), el("dd", { "data-fact": "active" }, live != null ? `version ${live}` : "no version active"),
    el("dt", {}, "Newest"), el("dd", { "data-fact": "latest" }, `version ${latest} `, stageBadge(review.stage)))];
  const state = el("div", { class: "workflow-state", "data-stage": review.stage, id: "workflow-state" });
  out.push(state);
  const changes = () => detail.changes?.length && live !== latest
    ? el("details", { class: "changes" }, el("summary", {}, live != null
      ? `What version ${latest} changes against the active version ${live}` : `What version ${latest} contains`),
      diffTable(detail.changes, live != null ? `Changes against version ${live}` : "Changes (no version is active yet)"))
    : null;
  switch (review.stage) {
    case "draft":
      state.append(el("p", {}, live === latest ? `Version ${latest} is the active version; there is nothing to submit.`
        : `Version ${latest} is a draft: it is enforced only once a strategy owner submits it, another strategy owner ` +
          "approves it, and it is published."));
      if (review.rejection) {
        state.append(el("p", { class: "rejection", "data-rejection": "" }, `Rejected by ${review.rejection.by} on ${when(review.rejection.at)}: `,
          el("q", {}, review.rejection.comment)));
      }
      state.append(changes() || "");
      if (owner && live !== latest) {
        state.append(actionForm({
          name: "submit", legend: `Submit version ${latest} for approval`, reload,
          buttons: [{ label: "Submit for approval", action: "submit", primary: true, busy: "Submitting…",
            path: versionPath(key, latest, "submit") }],
          done: (reply) => done(reply.review.stage === "approved"
            ? `Version ${latest} is submitted and already approved.`
            : `Version ${latest} is submitted: another strategy owner approves it.`),
        }));
      }
      break;
    case "in-review":
      state.append(
        el("p", {}, `Version ${latest} is in review, submitted by ${review.submittedBy} on ${when(review.submittedAt)}`,
          review.comment ? [": ", el("q", {}, review.comment)] : "."),
        impactFlag(review),
        detail.state.missing.length ? el("div", { id: "missing" }, "Still needed: ",
          el("ul", { "data-missing": "" }, detail.state.missing.map((m) => el("li", {}, m)))) : null,
        approvals(review) || "", changes() || "");
      if (owner) {
        state.append(detail.youMayApprove
          ? actionForm({
            name: "decide", legend: "Your decision", reload,
            commentLabel: "Comment (required to reject)",
            buttons: [
              { label: "Approve", action: "approve", primary: true, busy: "Approving…", path: versionPath(key, latest, "approve") },
              { label: "Reject", action: "reject", busy: "Rejecting…", path: versionPath(key, latest, "reject") },
            ],
            done: (reply, button) => done(button.action === "reject"
              ? `You rejected version ${latest}: it is back to draft.`
              : reply.review.stage === "approved" ? `You approved version ${latest}: it can be published.`
                : `Your approval is recorded; still needed: ${reply.missing.join(", ")}.`),
          })
          : el("p", { class: "why-not", id: "why-not", role: "note" }, "You cannot approve this change: " + detail.whyNot + "."));
      }
      break;
    case "approved":
      state.append(el("p", {}, `Version ${latest} is approved and ready to publish: publishing makes it the active version.`),
        approvals(review) || "", changes() || "");
      if (owner) {
        state.append(actionForm({
          name: "publish", legend: `Publish version ${latest}`, reload,
          describe: describeWith(policy.version === latest ? policy.rules : null),
          buttons: [{ label: "Publish now", action: "publish", primary: true, busy: "Publishing…",
            path: versionPath(key, latest, "publish"), body: (v) => ({ comment: v.comment }) }],
          done: (reply) => done(reply.review.stage === "published"
            ? `Version ${latest} is active: ${key === GLOBAL ? "every surface" : "surface " + key} is assembled under it.`
            : `Version ${latest} is scheduled for ${when(reply.review.publishAt)}.`),
        }));
      }
      break;
    case "published":
      state.append(el("p", {}, `Version ${latest} is active since ${when(review.publishedAt)} (published by ${review.publishedBy || "—"}).`));
      break;
    default:
      state.append(el("p", {}, `Version ${latest} is ${review.stage}.`));
  }
  for (const other of workflow.open.filter((o) => o.review.version !== latest)) {
    out.push(el("p", { class: "muted", "data-open-version": String(other.review.version) },
      `Version ${other.review.version}: `, stageBadge(other.review.stage)));
  }
  return out;
}

function approvals(review) {
  if (!review.approvals?.length) return null;
  return el("ul", { class: "approvals" }, review.approvals.map((a) =>
    el("li", {}, `Approved by ${a.approver}${a.strategyOwner ? " (strategy owner)" : ""} on ${when(a.at)}`,
      a.comment ? [": ", el("q", {}, a.comment)] : "")));
}

function needsOwner(key, what) {
  return show(back(key ? policyHref(key) : "#/policies", key ? "Back to the policy" : "All policies"),
    el("p", { class: "error", role: "alert", id: "no-role" }, `${what} needs the strategy-owner role; you can read the policies.`));
}

/** The JSON editor of the newest version; `unsaved` is the text of an edit that lost to a newer save. */
export async function policyEditPage(key, unsaved = null) {
  if (!can("strategy-owner")) return needsOwner(key, "Editing a policy");
  loading();
  let loaded;
  let versions;
  try {
    [loaded, versions] = await Promise.all([loadPolicy(key), get(path(key) + "/versions")]);
  } catch (e) {
    return showError(`Policy "${key}" could not be loaded: ${e.message}`, () => policyEditPage(key, unsaved));
  }
  const { policy, version } = loaded;
  const editor = new PolicyEditor({ mode: "edit", key, version, text: documentText(policy),
    onStale: (text) => policyEditPage(key, text) });
  show(
    back(policyHref(key), "Back to the policy"),
    ...heading(policy, `Edit policy ${policy.key}`),
    policyTabs(key, "edit"),
    el("p", { class: "muted", id: "editor-basis" }, `Based on version ${version}. Saving writes version ${version + 1} as a draft; ` +
      "it is enforced only once it is approved and published."),
    unsaved != null ? el("details", { class: "unsaved", open: true },
      el("summary", {}, "Your unsaved document (copy what you need into the editor)"),
      el("pre", { "data-unsaved": "" }, unsaved)) : null,
    ...editor.node(policyHref(key)),
    dryRunPanel({ key, versions: versions.items, editor }));
  status.textContent = `Editing policy ${policy.key}, version ${version}`;
  focusMain();
}

export async function newPolicyPage() {
  if (!can("strategy-owner")) return needsOwner(null, "Creating a policy");
  const editor = new PolicyEditor({ mode: "create" });
  show(
    back("#/policies", "All policies"),
    el("h1", {}, "New policy"),
    el("p", { class: "muted", id: "editor-basis" }, "The key says what the policy governs: the surface with the same key, " +
      "or every surface for the key global. Creating writes version 1 as a draft; it is enforced only once it is " +
      "approved and published."),
    ...editor.node("#/policies"),
    dryRunPanel({ key: "", editor }));
  status.textContent = "New policy";
  focusMain();
  editor.textarea.focus();
}

export async function policyDryRunPage(key) {
  if (!can("strategy-owner")) return needsOwner(key, "A dry run");
  loading();
  let policy;
  let versions;
  try {
    [{ policy }, versions] = await Promise.all([loadPolicy(key), get(path(key) + "/versions")]);
  } catch (e) {
    return showError(`Policy "${key}" could not be loaded: ${e.message}`, () => policyDryRunPage(key));
  }
  show(
    back(policyHref(key), "Back to the policy"),
    ...heading(policy, `Dry run of policy ${policy.key}`),
    policyTabs(key, "dry-run"),
    dryRunPanel({ key, versions: versions.items, preferred: policy.version }));
  status.textContent = `Dry run of policy ${policy.key}`;
  focusMain();
}

export async function policyVersionsPage(key) {
  loading();
  let policy;
  let versions;
  try {
    [{ policy }, versions] = await Promise.all([loadPolicy(key), get(path(key) + "/versions")]);
  } catch (e) {
    return showError(`The versions of policy "${key}" could not be loaded: ${e.message}`, () => policyVersionsPage(key));
  }
  show(
    back(policyHref(key), "Back to the policy"),
    takeFlash(),
    ...heading(policy, `Versions of policy ${policy.key}`),
    policyTabs(key, "versions"),
    el("table", { class: "history", "aria-label": "Versions, newest first" },
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, "Version"), el("th", { scope: "col" }, "Written"),
        el("th", { scope: "col" }, "Rules"), el("th", { scope: "col" }, "Comment"), el("th", { scope: "col" }, "State"))),
      el("tbody", {}, versions.items.map((v) => el("tr", { "data-version": String(v.version), "data-active": v.active ? "true" : null },
        el("th", { scope: "row" }, el("a", { href: policyHref(key, "versions", String(v.version)) }, `Version ${v.version}`)),
        el("td", {}, when(v.createdAt)),
        el("td", {}, String(v.rules)),
        el("td", {}, v.comment || el("span", { class: "muted" }, "no comment")),
        el("td", {},
          v.version === policy.version ? el("span", { class: "badge default" }, "Newest") : null, " ",
          v.active ? el("span", { class: "badge ok" }, "Active") : null))))));
  status.textContent = `${versions.total} versions of policy ${policy.key}`;
  focusMain();
}

export async function policyVersionPage(key, number) {
  loading();
  let policy;
  let version;
  try {
    [{ policy }, version] = await Promise.all([loadPolicy(key), get(versionPath(key, number))]);
  } catch (e) {
    return showError(`Version ${number} of policy "${key}" could not be loaded: ${e.message}`,
      () => policyVersionPage(key, number));
  }
  show(
    back(policyHref(key, "versions"), "All versions"),
    ...heading(policy, `Policy ${key}, version ${version.version}`),
    policyTabs(key, "versions"),
    el("p", { class: "muted", id: "version-facts" }, `Written ${when(version.createdAt)} · `,
      version.comment || "no comment", ` · the newest version is ${policy.version}`),
    version.active ? el("p", { class: "notice", id: "version-active" }, `Version ${version.version} is the active version.`)
      : el("p", { class: "muted", id: "version-active" }, policy.activeVersion != null
        ? `Version ${version.version} is not active; version ${policy.activeVersion} is.` : "No version of this policy is active."),
    el("h2", {}, `Rules of version ${version.version}`),
    ruleList(version.rules, `Rules of version ${version.version}, in the order written`));
  status.textContent = `Version ${version.version} of policy ${key}`;
  focusMain();
}

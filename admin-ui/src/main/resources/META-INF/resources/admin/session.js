// Who is signed in. The admin UI signs in with the server's FORM mechanism (a session cookie that is
// HttpOnly and SameSite=Strict); every screen asks `can(...)` before offering an action, and the
// server checks the same roles again on every request.

import { el, show, focusMain } from "./dom.js";

let current = null;

/** The signed-in user {username, displayName, roles} or null. */
export function user() {
  return current;
}

/** Whether the signed-in user holds one of these roles. */
export function can(...roles) {
  return current !== null && roles.some((role) => current.roles.includes(role));
}

/** Asks the server who we are; null when not signed in. */
export async function whoAmI() {
  const response = await fetch("/api/v1/me", {
    headers: { Accept: "application/json", "X-Requested-With": "pagewright-admin" },
  });
  if (response.status === 401) return (current = null);
  if (!response.ok) throw new Error(`The server answered ${response.status}.`);
  return (current = await response.json());
}

async function signIn(username, password) {
  const response = await fetch("/j_security_check", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Requested-With": "pagewright-admin" },
    body: new URLSearchParams({ j_username: username, j_password: password }),
    redirect: "manual",
  });
  // Success is a redirect (opaque to fetch); wrong credentials are a 401 problem.
  if (response.status === 401) return false;
  return (await whoAmI()) !== null;
}

export async function signOut() {
  await fetch("/api/v1/me/sign-out", {
    method: "POST", headers: { "X-Requested-With": "pagewright-admin" },
  }).catch(() => null);
  current = null;
}

/** The sign-in screen; calls `done` once signed in. */
export function signInPage(done, message) {
  const error = el("p", { class: "error", role: "alert", id: "signin-error", hidden: !message }, message || "");
  const username = el("input", { id: "signin-username", name: "username", type: "text",
    autocomplete: "username", required: true, "aria-describedby": "signin-error" });
  const password = el("input", { id: "signin-password", name: "password", type: "password",
    autocomplete: "current-password", required: true, "aria-describedby": "signin-error" });
  const submit = el("button", { type: "submit", class: "primary" }, "Sign in");
  const form = el("form", { class: "signin", "aria-labelledby": "signin-title" },
    el("h1", { id: "signin-title" }, "Sign in to Pagewright"),
    el("div", { class: "field" }, el("label", { for: "signin-username" }, "User name"), username),
    el("div", { class: "field" }, el("label", { for: "signin-password" }, "Password"), password),
    error,
    el("div", { class: "actions" }, submit));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    submit.textContent = "Signing in…";
    try {
      if (await signIn(username.value, password.value)) return done();
      error.textContent = "Wrong user name or password, or the account is disabled.";
      password.value = "";
      password.focus();
    } catch (e) {
      error.textContent = "The server cannot be reached: " + e.message;
    } finally {
      error.hidden = !error.textContent;
      submit.disabled = false;
      submit.textContent = "Sign in";
    }
  });
  show(form);
  focusMain();
  username.focus();
}

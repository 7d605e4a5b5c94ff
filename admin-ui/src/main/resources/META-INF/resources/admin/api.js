// The one way the admin UI talks to the server: JSON, a timeout on every request, problem+json
// errors turned into ApiError with the status, the problem document and its field errors.

const API = "/api/v1";
const TIMEOUT_MS = 10000;

export class ApiError extends Error {
  constructor(message, status, problem) {
    super(message);
    this.status = status;
    this.problem = problem || {};
    this.errors = (problem && problem.errors) || [];
  }
}

/**
 * Sends a request; resolves to {body, version} where version comes from the ETag. timeout: how long
 * to wait in milliseconds (10 s unless a long computation needs more); signal: lets the caller cancel.
 */
export async function request(path, { method = "GET", body, version, timeout = TIMEOUT_MS, signal } = {}) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeout);
  const cancel = () => controller.abort();
  signal?.addEventListener("abort", cancel);
  const headers = { Accept: "application/json, application/problem+json", "X-Requested-With": "pagewright-admin" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (version !== undefined && version !== null) headers["If-Match"] = `"${version}"`;
  try {
    const response = await fetch(API + path, {
      method, headers, signal: controller.signal,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed = response.status === 204 ? null : await response.json().catch(() => null);
    if (response.status === 401) {
      window.dispatchEvent(new CustomEvent("pagewright:signed-out"));
    }
    if (!response.ok) {
      const detail = parsed && (parsed.detail || parsed.title);
      throw new ApiError(detail || `The server answered ${response.status}.`, response.status, parsed);
    }
    const etag = response.headers.get("ETag");
    return { body: parsed, version: etag ? Number(etag.replace(/^W\//, "").replaceAll('"', "")) : null };
  } catch (e) {
    if (e.name === "AbortError" && !timedOut) throw new ApiError("Cancelled.", 0, { type: "cancelled" });
    if (e.name === "AbortError") throw new ApiError(`The server did not answer within ${Math.round(timeout / 1000)} seconds.`, 0);
    if (e instanceof TypeError) throw new ApiError("The server cannot be reached.", 0);
    throw e;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", cancel);
  }
}

/** GET and return only the body. */
export async function get(path) {
  return (await request(path)).body;
}

export const paths = {
  surface: (key) => "/surfaces/" + encodeURIComponent(key),
  variant: (key, slot, variant) => `/surfaces/${encodeURIComponent(key)}/slots/${encodeURIComponent(slot)}` +
    "/variants" + (variant ? "/" + encodeURIComponent(variant) : ""),
};

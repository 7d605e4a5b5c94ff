// Importing a catalog file from the browser: the file is parsed here (a JSON array, {"items": [...]}
// or NDJSON, one item per line) and sent in chunks of at most 5,000 items, the most the server takes
// in one request; a chunk over the server's 4 MiB body limit is split in halves and sent again. The
// server validates each chunk whole; a refused chunk stops the import, and its
// errors (items[i].field) are mapped back to the item's place in the file. Imports are upserts by id,
// so sending the same file again is safe.

import { request } from "./api.js";
import { el } from "./dom.js";

export const CHUNK = 5000;
// a chunk of 5,000 items is one bulk request to Elasticsearch: allow it more than the usual 10 s
const TIMEOUT_MS = 120000;

const number = (n) => Number(n).toLocaleString("en-GB");

/**
 * The items of a file's text with where each stands: {items, places, unit} where places[i] is the
 * line (NDJSON) or the item number (JSON) of items[i]. Throws an Error saying what is wrong.
 */
export function parseCatalogFile(text, fileName = "") {
  const lineWise = /\.(ndjson|jsonl)$/i.test(fileName);
  if (!lineWise) {
    let whole;
    let parsed = false;
    try {
      whole = JSON.parse(text);
      parsed = true;
    } catch (e) {
      // an array cannot be NDJSON; an object may be the first line of NDJSON in a .json file
      if (text.trimStart().startsWith("[")) throw new Error(`The file is not valid JSON (${e.message}).`);
    }
    if (parsed) {
      const items = Array.isArray(whole) ? whole : whole && Array.isArray(whole.items) ? whole.items : null;
      if (!items) {
        throw new Error('A JSON file must hold an array of items or an object {"items": [...]}.');
      }
      return { items, places: items.map((_, i) => i + 1), unit: "item" };
    }
  }
  const items = [];
  const places = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      items.push(JSON.parse(line));
    } catch (e) {
      throw new Error(`Line ${number(i + 1)} is not valid JSON (${e.message}).`);
    }
    places.push(i + 1);
  });
  return { items, places, unit: "line" };
}

/** "items[3].price.amount" → {index: 3, field: "price.amount"}; null for an error about the request. */
function itemError(field) {
  const match = /^items\[(\d+)\]\.?(.*)$/.exec(field || "");
  return match ? { index: Number(match[1]), field: match[2] } : null;
}

/**
 * Sends parsed items chunk by chunk. onProgress(imported, total) after each accepted chunk;
 * isCancelled() is asked between chunks. A chunk too large for the server's 4 MiB body limit (413)
 * is split in halves and sent again. Resolves to the outcome: {state: "done"|"cancelled"|"refused"|
 * "failed", imported, total, chunk (accepted so far), chunks (planned), first and last (the 1-based
 * item range of the chunk that stopped it), errors, message}.
 */
export async function sendInChunks(parsed, { onProgress, isCancelled, onChunk }) {
  const total = parsed.items.length;
  let size = CHUNK;
  let imported = 0;
  let chunk = 0;
  const planned = () => chunk + Math.ceil((total - imported) / size);
  while (imported < total) {
    if (isCancelled()) return { state: "cancelled", imported, total, chunk, chunks: planned() };
    onChunk?.(chunk, planned());
    const offset = imported;
    const items = parsed.items.slice(offset, offset + size);
    const stopped = (fields) => ({ imported, total, chunk, chunks: planned(), first: offset + 1,
      last: offset + items.length, errors: [], ...fields });
    try {
      await request("/catalog/items", { method: "POST", body: { items }, timeout: TIMEOUT_MS });
    } catch (e) {
      if (e.status === 413 && size > 1) {
        size = Math.ceil(items.length / 2);
        continue;
      }
      if (e.status === 400 && e.errors.length) {
        const errors = e.errors.map((err) => {
          const at = itemError(err.field);
          return at
            ? { place: parsed.places[offset + at.index], field: at.field, message: err.message }
            : { place: null, field: err.field, message: err.message };
        });
        return stopped({ state: "refused", errors, message: e.message });
      }
      return stopped({ state: "failed", message: e.message, status: e.status });
    }
    imported += items.length;
    chunk++;
    onProgress(imported, total);
  }
  return { state: "done", imported, total, chunk, chunks: chunk };
}

/** Which chunks the outcome says were written, in words. */
function written(outcome) {
  if (outcome.chunk === 0) return "No chunk was imported before it.";
  return `${outcome.chunk === 1 ? "Chunk 1" : `Chunks 1 to ${outcome.chunk}`} of ${outcome.chunks} ` +
    `(items 1 to ${number(outcome.imported)} of the file) ${outcome.chunk === 1 ? "was" : "were"} already imported.`;
}

const RESEND = "Importing replaces items by id, so sending the whole file again is safe.";

/** What an outcome says to the person who started the import. */
export function outcomeView(outcome, unit) {
  const range = () =>
    `chunk ${outcome.chunk + 1} of ${outcome.chunks} (items ${number(outcome.first)} to ${number(outcome.last)})`;
  switch (outcome.state) {
    case "done":
      return el("p", { class: "notice", role: "status", id: "import-outcome", "data-state": "done" },
        `Imported all ${number(outcome.total)} items in ${outcome.chunks} ${outcome.chunks === 1 ? "request" : "requests"}.`);
    case "cancelled":
      return el("div", { class: "why-not", role: "status", id: "import-outcome", "data-state": "cancelled" },
        el("p", {}, `Cancelled: ${number(outcome.imported)} of ${number(outcome.total)} items imported, the rest not sent. `,
          written(outcome)),
        el("p", {}, RESEND));
    case "refused":
      return el("div", { class: "error", role: "alert", id: "import-outcome", "data-state": "refused" },
        el("p", {}, `The server refused ${range()}: nothing of that chunk was imported, and later chunks were not sent. `,
          written(outcome)),
        el("ul", { class: "problem-errors", id: "import-errors" }, outcome.errors.map((e) =>
          el("li", { "data-place": e.place ?? "" },
            e.place !== null ? el("strong", {}, `${unit === "line" ? "Line" : "Item"} ${number(e.place)}`) : el("code", {}, e.field || "request"),
            e.place !== null && e.field ? [": ", el("code", {}, e.field)] : null,
            " ", e.message))),
        el("p", {}, "Fix these items and send the file again. ", RESEND));
    default:
      return el("div", { class: "error", role: "alert", id: "import-outcome", "data-state": "failed" },
        el("p", {}, `Sending ${range()} failed: ${outcome.message} `,
          outcome.status === 0 ? "The server may or may not have imported that chunk. " : "That chunk was not imported. ",
          written(outcome)),
        el("p", {}, RESEND));
  }
}

// The catalog import of this page: the one under way, or the last one to end. The Catalog screen and
// the top bar both draw from this state, so leaving the screen hides nothing: coming back draws the
// same progress, Cancel and outcome. It lives as long as the page and only the page knows it, so
// nothing asks the server about it.

import { sendInChunks } from "./catalog-import.js";

// phase: "idle" (no import yet), "running" or "ended"; seen: the ended import's outcome was shown
// on the Catalog screen
let state = { phase: "idle", id: 0 };
const listeners = new Set();

function change(fields) {
  state = { ...state, ...fields };
  for (const listener of [...listeners]) listener(state);
}

/**
 * The import as it stands: {phase, id, fileName, unit, total, imported, chunk (the one being sent),
 * chunks, cancelling, outcome (once ended, see sendInChunks), seen}.
 */
export function importState() {
  return state;
}

/** Calls listener(state) on every change; returns the function that stops it. */
export function onImportChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function importRunning() {
  return state.phase === "running";
}

/** Starts sending parsed items (see parseCatalogFile); false, and nothing sent, while another import runs. */
export function startImport(parsed, fileName) {
  if (importRunning()) return false;
  const total = parsed.items.length;
  change({ phase: "running", id: state.id + 1, fileName, unit: parsed.unit, total, imported: 0, chunk: 0,
    chunks: 0, cancelling: false, outcome: null, seen: false });
  sendInChunks(parsed, {
    isCancelled: () => state.cancelling,
    onChunk: (chunk, chunks) => change({ chunk, chunks }),
    onProgress: (imported) => change({ imported }),
  }).catch((e) => ({ state: "failed", imported: state.imported, total, chunk: state.chunk, chunks: state.chunks,
    first: state.imported + 1, last: total, errors: [], message: e.message, status: 0 }))
    .then((outcome) => change({ phase: "ended", outcome, imported: outcome.imported }));
  return true;
}

/** Asks the running import to stop before its next chunk. */
export function cancelImport() {
  if (importRunning() && !state.cancelling) change({ cancelling: true });
}

/** The Catalog screen showed the ended import's outcome: the top bar need not speak of it any more. */
export function markImportSeen() {
  if (state.phase === "ended" && !state.seen) change({ seen: true });
}

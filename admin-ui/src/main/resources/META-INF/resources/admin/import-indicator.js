// The top bar's word on the catalog import while the person is on another screen: "Importing
// catalog: n of m" while it runs, then how it ended until the Catalog screen has shown the outcome.
// It links back to the Catalog screen, which shows the full progress; there the indicator hides.

import { importState, onImportChange } from "./import-progress.js";

const number = (n) => Number(n).toLocaleString("en-GB");

/** #/catalog with or without a query, not an item's page. */
const onCatalogScreen = () => /^#\/catalog\/?(\?.*)?$/.test(location.hash);

function words(state) {
  if (state.phase === "running") {
    return `${state.cancelling ? "Cancelling catalog import" : "Importing catalog"}: ` +
      `${number(state.imported)} of ${number(state.total)}`;
  }
  if (state.phase !== "ended" || state.seen) return "";
  const outcome = state.outcome;
  switch (outcome.state) {
    case "done":
      return `Catalog imported: ${number(outcome.total)} items`;
    case "cancelled":
      return `Catalog import cancelled: ${number(outcome.imported)} of ${number(outcome.total)}`;
    case "refused":
      return `Catalog import stopped: chunk ${outcome.chunk + 1} of ${outcome.chunks} refused`;
    default:
      return `Catalog import failed: ${number(outcome.imported)} of ${number(outcome.total)}`;
  }
}

/** Draws the indicator from the import's state and the screen shown. */
export function drawImportIndicator() {
  const link = document.getElementById("import-indicator");
  if (!link) return;
  const state = importState();
  const text = onCatalogScreen() ? "" : words(state);
  if (link.textContent !== text) link.textContent = text;
  link.hidden = !text;
  link.dataset.state = state.phase === "ended" ? state.outcome.state : state.phase;
}

onImportChange(drawImportIndicator);

// Errors next to the fields they concern: a message under the input, aria-invalid on it, and the
// message added to what the input is described by, so a screen reader reads it with the field.

import { el } from "./dom.js";
import { fieldId } from "./fields.js";

/** inputs: {field name: input element}. mark(field, text) answers false for a field it does not know. */
export function fieldErrors(inputs) {
  const clear = () => {
    for (const input of Object.values(inputs)) {
      for (const node of input.parentElement.querySelectorAll(".field-error")) node.remove();
      input.removeAttribute("aria-invalid");
      const kept = (input.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && !id.startsWith("f-error-"));
      if (kept.length) input.setAttribute("aria-describedby", kept.join(" ")); else input.removeAttribute("aria-describedby");
    }
  };
  const mark = (field, text) => {
    const input = inputs[field];
    if (!input) return false;
    const id = fieldId("error-" + field);
    input.parentElement.append(el("p", { class: "field-error", id, "data-error-for": field }, text));
    input.setAttribute("aria-invalid", "true");
    const described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    input.setAttribute("aria-describedby", [...described, id].join(" "));
    return true;
  };
  return { clear, mark };
}

/** The last part of a problem's type, e.g. "decision-not-found", or a fallback. */
export function problemKind(e, fallback = "failed") {
  return (e?.problem?.type || "").split("/").pop() || fallback;
}

/** A probability as a percentage a person reads: 1 → "100 %", 0.934 → "93.4 %", 0.005 → "0.5 %". */
export function percent(p) {
  if (p === null || p === undefined || Number.isNaN(Number(p))) return "—";
  const value = Number(p) * 100;
  if (value === 0) return "0 %";
  const digits = value >= 1 ? 1 : value >= 0.1 ? 2 : 3;
  return `${Number(value.toFixed(digits))} %`;
}

/** "3 visitors", "1 visitor". */
export function count(n, one, many = one + "s") {
  return `${n} ${n === 1 ? one : many}`;
}

// Small numeric helpers for the bench: medians, pairing, rounding.

export function median(values) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return Number.NaN;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Paired differences a[i] - b[i] (runs taken side by side), then their median. */
export function pairedMedian(a, b) {
  const n = Math.min(a.length, b.length);
  const diffs = [];
  for (let i = 0; i < n; i++) diffs.push(a[i] - b[i]);
  return { median: median(diffs), diffs };
}

export function round(value, digits = 2) {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Small statistics for the bench: medians, quartiles and a paired bootstrap of ratios.

import { rng } from './pages.mjs';

export function quantile(values, q) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return Number.NaN;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

/** Interquartile range as a share of the median (0.05 = 5 %). */
export function iqrRel(values) {
  const m = median(values);
  return m ? (quantile(values, 0.75) - quantile(values, 0.25)) / Math.abs(m) : Number.NaN;
}

/**
 * Ratio of medians with/without and its 95 % bootstrap interval. Runs were interleaved
 * (with, without, with, without …), so run i of each variant form a pair measured at about
 * the same time: resampling pairs keeps whatever drift the machine had in both.
 */
export function ratioWithCi(withValues, withoutValues, { resamples = 2000, seed = 7 } = {}) {
  const n = Math.min(withValues.length, withoutValues.length);
  const a = withValues.slice(0, n);
  const b = withoutValues.slice(0, n);
  const point = median(a) / median(b);
  if (n < 2 || !Number.isFinite(point)) return { ratio: point, lo: Number.NaN, hi: Number.NaN };
  const r = rng(seed);
  const ratios = [];
  const sa = new Array(n);
  const sb = new Array(n);
  for (let k = 0; k < resamples; k++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(r() * n);
      sa[i] = a[j];
      sb[i] = b[j];
    }
    ratios.push(median(sa) / median(sb));
  }
  return { ratio: point, lo: quantile(ratios, 0.025), hi: quantile(ratios, 0.975) };
}

/** Difference of medians with/without and its 95 % paired bootstrap interval. */
export function diffWithCi(withValues, withoutValues, { resamples = 2000, seed = 11 } = {}) {
  const n = Math.min(withValues.length, withoutValues.length);
  const a = withValues.slice(0, n);
  const b = withoutValues.slice(0, n);
  const point = median(a) - median(b);
  if (n < 2) return { diff: point, lo: Number.NaN, hi: Number.NaN };
  const r = rng(seed);
  const diffs = [];
  const sa = new Array(n);
  const sb = new Array(n);
  for (let k = 0; k < resamples; k++) {
    for (let i = 0; i < n; i++) {
      const j = Math.floor(r() * n);
      sa[i] = a[j];
      sb[i] = b[j];
    }
    diffs.push(median(sa) - median(sb));
  }
  return { diff: point, lo: quantile(diffs, 0.025), hi: quantile(diffs, 0.975) };
}

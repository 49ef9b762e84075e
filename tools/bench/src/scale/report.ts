import type { Latency } from './measure';

/** A case measured on one data set: its latency, or why it could not be measured. */
export type Outcome = Latency | { error: string };

/** What one gateway start measured on one data set. */
export interface PhaseResult {
  outcomes: Map<string, Outcome>;
  rss: { startMb: number; peakMb: number };
  healthUnderLoad: Latency;
}

/** The targets a grown data set must meet: fast in absolute terms, and not much slower than the first set. */
export const TARGET = { p99Ms: 50, growth: 2, firstByteMs: 100, streamGrowthMb: 50 } as const;

/**
 * A row's verdict at the grown size and what it was judged on. A download is judged as the issue
 * sets it: its first byte within {@link TARGET.firstByteMs} ms, its whole transfer by the memory
 * it costs while streaming (its time follows the file's length, as it must); every other row by
 * its p99 and the growth of its median.
 */
function verdict(name: string, after: Latency, growth: number | null): string {
  if (name.endsWith('(first byte)')) return after.p99 <= TARGET.firstByteMs ? 'pass' : `FAIL (> ${TARGET.firstByteMs} ms)`;
  if (name.endsWith('(total)')) {
    const rise = `RSS +${(after.rssGrowthMb ?? Number.NaN).toFixed(0)} MB`;
    return (after.rssGrowthMb ?? Number.POSITIVE_INFINITY) <= TARGET.streamGrowthMb ? `pass (${rise})` : `FAIL (${rise})`;
  }
  return after.p99 <= TARGET.p99Ms && (growth === null || growth <= TARGET.growth) ? 'pass' : 'FAIL';
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const statements = (latency: Latency) => (latency.statements === null ? '?' : String(latency.statements));
const pair = (outcome: Outcome | undefined, requests: number) => {
  if (!outcome) return '—';
  if ('error' in outcome) return `error: ${outcome.error.slice(0, 60)}`;
  return `${ms(outcome.p50)} / ${ms(outcome.p99)}${outcome.samples < requests ? ` (${outcome.samples} req.)` : ''}`;
};

/** A markdown table: the first column left-aligned, the figures right-aligned. */
function grid(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (cells: readonly string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [format(header), rule, ...rows.map(format)].join('\n');
}

/**
 * One row a case: both data sets' p50 / p99, the growth of the median (steadier than the p99 of a
 * few requests), and whether the grown set meets {@link TARGET}.
 */
export function markdownTable(names: readonly string[], first: PhaseResult, grown: PhaseResult, requests: number): string {
  const rows = names.map((name) => {
    const before = first.outcomes.get(name);
    const after = grown.outcomes.get(name);
    if (!before || !after || 'error' in before || 'error' in after) return [name, pair(before, requests), pair(after, requests), '', '', 'FAIL'];
    const growth = after.p50 / Math.max(before.p50, 0.1);
    return [name, pair(before, requests), pair(after, requests), `${growth.toFixed(1)}×`, `${statements(before)} / ${statements(after)}`, verdict(name, after, growth)];
  });
  const header = [
    'query',
    'first set p50 / p99 ms',
    'grown p50 / p99 ms',
    'growth ×',
    'statements',
    `target (p99 ≤ ${TARGET.p99Ms} ms, growth ≤ ${TARGET.growth}×; download: first byte ≤ ${TARGET.firstByteMs} ms, RSS +≤ ${TARGET.streamGrowthMb} MB)`,
  ];
  const memory = (phase: PhaseResult) => `${phase.rss.startMb.toFixed(0)} / ${phase.rss.peakMb.toFixed(0)} MB`;
  const health = (phase: PhaseResult) => `${ms(phase.healthUnderLoad.p99)} ms`;
  return [
    grid(header, rows),
    '',
    `gateway RSS start / peak: first set ${memory(first)}, grown ${memory(grown)}`,
    `/healthz p99 while 10 news searches run at once: first set ${health(first)}, grown ${health(grown)}`,
  ].join('\n');
}

/** One data set's table (`--database`): p50 / p99 and statements a case, against the p99 target only. */
export function phaseTable(names: readonly string[], phase: PhaseResult, requests: number): string {
  const rows = names.map((name) => {
    const outcome = phase.outcomes.get(name);
    if (!outcome || 'error' in outcome) return [name, pair(outcome, requests), '', 'FAIL'];
    return [name, pair(outcome, requests), statements(outcome), verdict(name, outcome, null)];
  });
  const header = ['query', 'p50 / p99 ms', 'statements', `target (p99 ≤ ${TARGET.p99Ms} ms; download: first byte ≤ ${TARGET.firstByteMs} ms, RSS +≤ ${TARGET.streamGrowthMb} MB)`];
  return [
    grid(header, rows),
    '',
    `gateway RSS start / peak: ${phase.rss.startMb.toFixed(0)} / ${phase.rss.peakMb.toFixed(0)} MB`,
    `/healthz p99 while 10 news searches run at once: ${ms(phase.healthUnderLoad.p99)} ms`,
  ].join('\n');
}

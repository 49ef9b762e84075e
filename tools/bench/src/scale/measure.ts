import { readFileSync } from 'node:fs';

/** Milliseconds at the median and the 99th percentile of a series of requests, how many there were, and the most SQL statements one of them cost. */
export interface Latency {
  p50: number;
  p99: number;
  samples: number;
  statements: number | null;
  /** For a download: how far the process's resident memory rose above where it stood before, while it streamed. */
  rssGrowthMb?: number;
}

/** The value below which `fraction` of the samples lie (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

export const latencyOf = (samples: readonly number[], statements: readonly (number | null)[] = []): Latency => {
  const counted = statements.filter((count): count is number => count !== null);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), samples: samples.length, statements: counted.length ? Math.max(...counted) : null };
};

/** One request's timing: until the answer's headers arrived (first byte) and until its last byte; the statements it cost when the gateway says. */
export interface Timing {
  firstByte: number;
  total: number;
  statements: number | null;
}

/** The statement count of a gateway started with SERVER_TIMING=on (`Server-Timing: db;desc="3 statements"`). */
const statementsOf = (response: Response): number | null => {
  const count = response.headers.get('server-timing')?.match(/\bdb;desc="(\d+) statements"/)?.[1];
  return count === undefined ? null : Number(count);
};

/** What Chromium accepts: the gateway then answers in Brotli, as a reader's browser gets it. */
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

/** Fetches `url` as a browser would and reads the whole answer; a status other than 2xx throws with the body. */
export async function timedFetch(url: string, init: RequestInit = {}): Promise<Timing & { body: string }> {
  const started = performance.now();
  const response = await fetch(url, { ...init, headers: { 'accept-encoding': BROWSER_ENCODINGS, ...(init.headers as Record<string, string> | undefined) } });
  const firstByte = performance.now() - started;
  const body = await response.text();
  const total = performance.now() - started;
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${body.slice(0, 300)}`);
  return { firstByte, total, statements: statementsOf(response), body };
}

/** A case stops being timed after this long (once it has 3 requests), so a query of seconds costs a minute, not an hour. */
const CASE_BUDGET_MS = 30_000;

/**
 * Sends `request` once to warm up (documents parsed, JIT done), then up to `count` times one
 * after the other, fewer when they take longer than {@link CASE_BUDGET_MS} together.
 */
export async function repeat(count: number, request: () => Promise<Timing>): Promise<Timing[]> {
  await request();
  const started = performance.now();
  const timings: Timing[] = [];
  while (timings.length < count && (timings.length < 3 || performance.now() - started < CASE_BUDGET_MS)) timings.push(await request());
  return timings;
}

/**
 * The latency of `/healthz` while `concurrent` copies of `load` run at once: what a load balancer's
 * probe sees when readers search. Probes one after the other until every load has finished.
 */
export async function probeUnderLoad(healthUrl: string, concurrent: number, load: () => Promise<unknown>): Promise<Latency> {
  let loading = true;
  const loads = Promise.all(Array.from({ length: concurrent }, () => load())).finally(() => (loading = false));
  const samples: number[] = [];
  while (loading || samples.length < 5) samples.push((await timedFetch(healthUrl)).total);
  await loads;
  return latencyOf(samples);
}

/** A process's resident memory now and at its peak, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? Number.NaN);
  return { rssMb: kilobytes('VmRSS') / 1024, peakMb: kilobytes('VmHWM') / 1024 };
}

/**
 * Samples a process's resident memory every 10 ms from now on; `stop` ends the sampling (once)
 * and gives the most it rose above where it stood at the start, in MB.
 */
export function watchMemory(pid: number): { stop: () => number } {
  const startMb = memoryOf(pid).rssMb;
  let mostMb = startMb;
  const timer = setInterval(() => (mostMb = Math.max(mostMb, memoryOf(pid).rssMb)), 10);
  return {
    stop: () => {
      clearInterval(timer);
      return mostMb - startMb;
    },
  };
}

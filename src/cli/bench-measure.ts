import autocannon from 'autocannon';

/*
 * Measuring helpers of `koers bench run`. HTTP load comes from autocannon over loopback; the
 * "raw" yardstick is the same work through the database driver without HTTP, one call at a time.
 * Ratio = the server's cost per request at full load (1000 / req/s) over the raw median, as in
 * bench/http.ts: what HTTP, the session check, validation and serialisation add to the query.
 */

export interface ScenarioResult {
  name: string;
  /** Peak RSS of the server process during this scenario, in MB. */
  peakRssMb?: number | null;
  status: 'measured' | 'not yet built';
  connections?: number;
  p50?: number;
  /**
   * 95th percentile of the successful responses' times, counted here (autocannon reports no p95).
   * Closed-loop runs only: at a fixed rate autocannon corrects its own percentiles for coordinated
   * omission, which a plain count of response times cannot.
   */
  p95?: number | null;
  /** autocannon's 97.5th percentile (corrected for coordinated omission at a fixed rate). */
  p97_5?: number;
  rps?: number;
  errors?: number;
  rawMs?: number | null;
  ratio?: number | null;
  /** For one-off jobs (roster import): wall time and rows per second. */
  seconds?: number;
  note?: string;
}

export interface Load {
  path: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  headers?: Record<string, string>;
  body?: string;
  requests?: autocannon.Request[];
  /** Requests per second over all connections (open model, latency corrected for coordinated omission); unset: as fast as answered. */
  rate?: number;
}

/** The value at percentile `p` of `values` (nearest rank), or null when there are none. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function load(base: string, l: Load): Promise<{ connections: number; p50: number; p95: number | null; p97_5: number; rps: number; errors: number }> {
  const times: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${base}${l.path}`,
        connections: l.connections,
        duration: l.seconds,
        method: l.method ?? 'GET',
        headers: l.headers,
        body: l.body,
        requests: l.requests,
        ...(l.rate ? { overallRate: l.rate } : {}),
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) times.push(ms);
    });
  });
  const p95 = l.rate ? null : percentile(times, 95);
  return { connections: l.connections, p50: r.latency.p50, p95: p95 === null ? null : Math.round(p95), p97_5: r.latency.p97_5, rps: r.requests.average, errors: r.errors + r.non2xx + r.timeouts };
}

/** Median time of `fn` run one at a time for about `seconds` (at least 5 runs). */
export async function rawMedian(fn: (i: number) => Promise<unknown>, seconds: number): Promise<number> {
  const times: number[] = [];
  const end = Date.now() + seconds * 1000;
  for (let i = 0; i < 5 || (Date.now() < end && i < 2_000); i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/**
 * One request per connection slot, each slot with its own cookie, path and state. autocannon
 * resets a connection's context after every round of `requests`, so a slot cannot be pinned to a
 * connection; instead each request takes a slot nobody is using and gives it back with the
 * response. With as many slots as connections a free one always exists, and no two requests ever
 * write the same student's page at once (which would end in version conflicts).
 */
export function perSlot<T>(slots: T[], method: 'PUT' | 'PATCH', setup: (slot: T, n: number) => { path: string; cookie: string; body: string }, done?: (slot: T, body: string) => void): autocannon.Request[] {
  const free = slots.map((_, i) => i);
  let n = 0;
  return [
    {
      method,
      setupRequest: (req, context) => {
        const c = context as { slot?: number };
        c.slot = free.shift() ?? 0;
        const s = setup(slots[c.slot]!, n++);
        const headers = { ...req.headers, 'content-type': 'application/json', ...(s.cookie ? { cookie: s.cookie } : {}) };
        return { ...req, method, path: s.path, body: s.body, headers };
      },
      onResponse: (status, body, context) => {
        const c = context as { slot?: number };
        if (c.slot === undefined) return;
        if (status === 200 && done) done(slots[c.slot]!, body);
        free.push(c.slot);
        c.slot = undefined;
      },
    },
  ];
}

const fmt = (n: number | null | undefined, digits = 0) => (n === null || n === undefined ? '—' : n.toFixed(digits));

export function printTable(title: string, results: ScenarioResult[]): void {
  console.log(`\n${title}\n`);
  console.log(`${'scenario'.padEnd(40)} ${'conn'.padStart(4)} ${'p50 ms'.padStart(7)} ${'p95'.padStart(5)} ${'p97.5'.padStart(7)} ${'req/s'.padStart(7)} ${'errors'.padStart(6)} ${'raw ms'.padStart(7)} ${'HTTP/raw'.padStart(8)} ${'RSS MB'.padStart(6)}`);
  for (const r of results) {
    if (r.status !== 'measured') {
      console.log(`${r.name.padEnd(40)} ${r.status}`);
      continue;
    }
    if (r.seconds !== undefined) {
      console.log(`${r.name.padEnd(40)} ${fmt(r.seconds, 2).padStart(20)} s  ${r.note ?? ''}`);
      continue;
    }
    console.log(
      `${r.name.padEnd(40)} ${fmt(r.connections).padStart(4)} ${fmt(r.p50).padStart(7)} ${fmt(r.p95).padStart(5)} ${fmt(r.p97_5).padStart(7)} ${fmt(r.rps).padStart(7)} ${fmt(r.errors).padStart(6)} ${fmt(r.rawMs, 2).padStart(7)} ${fmt(r.ratio, 1).padStart(8)} ${fmt(r.peakRssMb).padStart(6)}`,
    );
  }
}

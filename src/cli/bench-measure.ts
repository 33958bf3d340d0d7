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
  /** autocannon reports no 95th percentile; its 97.5th is the next one up (a stricter figure). */
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

export async function load(base: string, l: Load): Promise<{ connections: number; p50: number; p97_5: number; rps: number; errors: number }> {
  const r = await autocannon({
    url: `${base}${l.path}`,
    connections: l.connections,
    duration: l.seconds,
    method: l.method ?? 'GET',
    headers: l.headers,
    body: l.body,
    requests: l.requests,
    ...(l.rate ? { overallRate: l.rate } : {}),
  });
  return { connections: l.connections, p50: r.latency.p50, p97_5: r.latency.p97_5, rps: r.requests.average, errors: r.errors + r.non2xx + r.timeouts };
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
  console.log(`${'scenario'.padEnd(40)} ${'conn'.padStart(4)} ${'p50 ms'.padStart(7)} ${'p97.5'.padStart(7)} ${'req/s'.padStart(7)} ${'errors'.padStart(6)} ${'raw ms'.padStart(7)} ${'HTTP/raw'.padStart(8)} ${'RSS MB'.padStart(6)}`);
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
      `${r.name.padEnd(40)} ${fmt(r.connections).padStart(4)} ${fmt(r.p50).padStart(7)} ${fmt(r.p97_5).padStart(7)} ${fmt(r.rps).padStart(7)} ${fmt(r.errors).padStart(6)} ${fmt(r.rawMs, 2).padStart(7)} ${fmt(r.ratio, 1).padStart(8)} ${fmt(r.peakRssMb).padStart(6)}`,
    );
  }
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load, percentile, perSlot } from '../src/cli/bench-measure';

/*
 * The benchmark's write scenarios give every connection its own student. autocannon resets a
 * connection's context between rounds, so pinning a slot to a connection failed before and two
 * connections wrote the same student at once (version conflicts counted as errors). A server that
 * answers 409 whenever a slot is used by two requests at the same time shows the slots never overlap.
 */
describe('benchmark load per slot', () => {
  const inFlight = new Map<string, number>();
  const used = new Map<string, number>();
  let server: http.Server;
  let base = '';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const slot = req.url ?? '';
      const busy = inFlight.get(slot) ?? 0;
      inFlight.set(slot, busy + 1);
      used.set(slot, (used.get(slot) ?? 0) + 1);
      req.resume();
      setTimeout(() => {
        inFlight.set(slot, (inFlight.get(slot) ?? 1) - 1);
        res.writeHead(busy > 0 ? 409 : 200, { 'content-type': 'application/json' }).end(JSON.stringify({ version: 1 }));
      }, 2);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('never sends two requests for one slot at the same time', async () => {
    const slots = ['a', 'b', 'c', 'd', 'e', 'f'];
    const seen: string[] = [];
    const r = await load(base, {
      path: '/', connections: slots.length, seconds: 1,
      requests: perSlot(slots, 'PUT', (slot) => ({ path: `/slot/${slot}`, cookie: '', body: '{}' }), (slot) => seen.push(slot)),
    });
    expect(r.rps).toBeGreaterThan(0);
    expect(r.errors).toBe(0);
    expect([...used.keys()].sort()).toEqual(slots.map((s) => `/slot/${s}`));
    expect(new Set(seen).size).toBe(slots.length);
  });
});

describe('the 95th percentile the benchmark counts itself', () => {
  it('is the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });

  it('sees the slow tenth of the responses, and is left out at a fixed rate', async () => {
    let n = 0;
    const server = http.createServer((req, res) => {
      req.resume();
      // Every tenth answer waits at least 60 ms, the others none: p95 must land on a slow one.
      const slow = n++ % 10 === 9;
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), slow ? 60 : 0);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const closed = await load(base, { path: '/', connections: 1, seconds: 1 });
      expect(closed.p95).toBeGreaterThanOrEqual(55);
      expect(closed.p50).toBeLessThan(closed.p95!);
      const paced = await load(base, { path: '/', connections: 1, seconds: 1, rate: 20 });
      expect(paced.p95).toBeNull();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

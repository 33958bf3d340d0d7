import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load, perSlot } from '../src/cli/bench-measure';

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

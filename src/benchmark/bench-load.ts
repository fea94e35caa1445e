/**
 * Open-loop HTTP load for the framework benchmark: sends GET requests on a fixed schedule (a
 * constant arrival rate) whatever the server's replies, and times each from the moment it was
 * due, not from when it went out, so a stalled server cannot hide its queue (coordinated
 * omission). wrk2 does this, but Debian does not package it; this is a few dozen lines on
 * Node's own http client, run by the harness on a core of its own, and the harness measures
 * its ceiling against an empty server first.
 *
 * Usage: node src/benchmark/bench-load.ts URL RATE SECONDS  → one JSON line (an OpenLoopStep)
 */
import { Agent, request } from 'node:http';
import { percentile, type OpenLoopStep } from './bench-stats.ts';

const [url, rateText, secondsText] = process.argv.slice(2);
const rate = Number(rateText);
const seconds = Number(secondsText);
if (!url || !(rate > 0) || !(seconds > 0)) {
  console.error('usage: node src/benchmark/bench-load.ts URL RATE SECONDS');
  process.exit(2);
}

const TIMEOUT_MS = 5_000;
const agent = new Agent({ keepAlive: true, maxSockets: 512 });
const total = Math.round(rate * seconds);
const latencies: number[] = [];
let errors = 0;
let completed = 0;
let sent = 0;
const start = performance.now();

function fire(dueAt: number): Promise<void> {
  return new Promise((resolve) => {
    const finish = (ok: boolean) => {
      if (ok) {
        completed += 1;
        latencies.push(performance.now() - dueAt);
      } else errors += 1;
      resolve();
    };
    const req = request(url!, { agent, timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      response.on('end', () => finish((response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300));
      response.on('error', () => finish(false));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => finish(false));
    req.end();
  });
}

const inFlight: Promise<void>[] = [];
await new Promise<void>((done) => {
  const tick = () => {
    const elapsed = performance.now() - start;
    // Every request whose time has come goes out now, each timed from its own due moment.
    const due = Math.min(total, Math.floor((elapsed / 1000) * rate) + 1);
    while (sent < due) {
      inFlight.push(fire(start + (sent * 1000) / rate));
      sent += 1;
    }
    if (sent >= total) done();
    else setImmediate(tick);
  };
  tick();
});
await Promise.all(inFlight);
const elapsedSeconds = (performance.now() - start) / 1000;
agent.destroy();

const ms = (value: number) => Number(value.toFixed(2));
const step: OpenLoopStep = {
  offeredRate: rate,
  sent,
  completed,
  errors,
  achievedRate: Number((completed / Math.max(elapsedSeconds, seconds)).toFixed(1)),
  p50Ms: latencies.length ? ms(percentile(latencies, 50)) : 0,
  p90Ms: latencies.length ? ms(percentile(latencies, 90)) : 0,
  p99Ms: latencies.length ? ms(percentile(latencies, 99)) : 0,
  maxMs: latencies.length ? ms(Math.max(...latencies)) : 0,
};
console.log(JSON.stringify(step));

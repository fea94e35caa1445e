/** The CPU-time stage's grouping of scenarios by shared targets (src/benchmark/bench-cpu-groups.ts). */
import { describe, expect, it } from 'vitest';
import { inProcessTargetKey, rotation, sharedTargetGroups, sideTarget } from '../../src/benchmark/bench-cpu-groups';
import { SCENARIOS, type AppVariantId, type Scenario } from '../../src/benchmark/bench-scenarios';

const scenario = (
  id: string,
  django: [AppVariantId, string],
  flask: [AppVariantId, string],
  iface: 'wsgi' | 'asgi' = 'wsgi',
): Scenario => ({
  id,
  label: id,
  request: id,
  description: id,
  interface: iface,
  sides: { django: { variant: django[0], path: django[1] }, flask: { variant: flask[0], path: flask[1] } },
});

const ids = (groups: ReturnType<typeof sharedTargetGroups>) => groups.map((group) => group.scenarios.map((s) => s.id));
const keys = (group: ReturnType<typeof sharedTargetGroups>[number]) => group.targets.map(inProcessTargetKey);

describe('sharedTargetGroups', () => {
  it('joins scenarios through a shared side, transitively, and lists each target once', () => {
    const a = scenario('a', ['django-default', '/x'], ['flask-bare', '/x']);
    const b = scenario('b', ['django-default', '/y'], ['flask-orm', '/y']);
    const c = scenario('c', ['django-api', '/x'], ['flask-bare', '/x']);
    const d = scenario('d', ['django-api', '/y'], ['flask-orm', '/y']);
    const groups = sharedTargetGroups([a, b, c, d]);
    expect(ids(groups)).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
    expect(keys(groups[0]!)).toEqual(['django|django-default|wsgi|/x', 'flask|flask-bare|wsgi|/x', 'django|django-api|wsgi|/x']);
    // e shares one target with each group: both merge, in their scenarios' order.
    const e = scenario('e', ['django-api', '/x'], ['flask-orm', '/y']);
    expect(ids(sharedTargetGroups([a, b, c, d, e]))).toEqual([['a', 'b', 'c', 'd', 'e']]);
  });

  it('keeps the same path over another interface, or in another app, apart', () => {
    const wsgi = scenario('wsgi', ['django-default', '/p'], ['flask-bare', '/p']);
    const asgi = scenario('asgi', ['django-default', '/p'], ['flask-bare', '/p'], 'asgi');
    const orm = scenario('orm', ['django-api', '/p'], ['flask-orm', '/p']);
    expect(ids(sharedTargetGroups([wsgi, asgi, orm]))).toEqual([['wsgi'], ['asgi'], ['orm']]);
  });

  it('times bare Flask’s plain text once per interface across the scenarios that compare against it', () => {
    const groups = sharedTargetGroups(SCENARIOS);
    expect(groups.flatMap((group) => group.scenarios).length).toBe(SCENARIOS.length);
    expect(ids(groups)).toContainEqual(['plaintext', 'plaintext-lean']);
    expect(ids(groups)).toContainEqual(['asgi-plaintext', 'asgi-plaintext-sync', 'asgi-plaintext-lean']);
    const allKeys = groups.flatMap(keys);
    expect(new Set(allKeys).size).toBe(allKeys.length);
    for (const group of groups) {
      for (const s of group.scenarios) {
        expect(keys(group)).toContain(inProcessTargetKey(sideTarget(s, 'django')));
        expect(keys(group)).toContain(inProcessTargetKey(sideTarget(s, 'flask')));
      }
    }
  });
});

describe('rotation', () => {
  it('alternates two targets', () => {
    expect([0, 1, 2, 3].map((rep) => rotation(['d', 'f'], rep))).toEqual([
      ['d', 'f'],
      ['f', 'd'],
      ['d', 'f'],
      ['f', 'd'],
    ]);
  });

  it('puts each of n targets in every place once over n repetitions', () => {
    const orders = [0, 1, 2, 3].map((rep) => rotation(['a', 'b', 'c', 'd'], rep));
    for (let place = 0; place < 4; place++) expect(new Set(orders.map((order) => order[place])).size).toBe(4);
    expect(rotation([], 3)).toEqual([]);
  });
});

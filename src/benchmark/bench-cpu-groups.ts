/**
 * How the in-process CPU-time stage (src/benchmark/bench-frameworks.ts) shares its measurements:
 * a request that several scenarios compare against (bare Flask's plain text, for one) is timed once
 * and the same samples serve every scenario that uses it. Timing it again per scenario, at another
 * moment of the machine's load, gave one app and path two figures on the same page.
 */
import { FRAMEWORKS, type Framework } from '../site/vocabulary.ts';
import type { AppVariantId, Interface, Scenario } from './bench-scenarios.ts';

/** One request timed in process: an app of a twin, one of its paths, over one interface. */
export interface InProcessTarget {
  framework: Framework;
  variant: AppVariantId;
  iface: Interface;
  path: string;
}

export const inProcessTargetKey = (target: InProcessTarget): string =>
  `${target.framework}|${target.variant}|${target.iface}|${target.path}`;

/** The target a scenario's side measures. */
export function sideTarget(scenario: Scenario, framework: Framework): InProcessTarget {
  const { variant, path } = scenario.sides[framework];
  return { framework, variant, iface: scenario.interface, path };
}

/** Scenarios that share targets, directly or through one another, and their distinct targets. */
export interface SharedTargetGroup {
  scenarios: Scenario[];
  /** Each distinct target once, in the order the group's scenarios first name it (Django's side first). */
  targets: InProcessTarget[];
}

function groupOf(scenarios: Scenario[]): SharedTargetGroup {
  const targets = new Map<string, InProcessTarget>();
  for (const scenario of scenarios) {
    for (const framework of FRAMEWORKS) {
      const target = sideTarget(scenario, framework);
      if (!targets.has(inProcessTargetKey(target))) targets.set(inProcessTargetKey(target), target);
    }
  }
  return { scenarios, targets: [...targets.values()] };
}

/**
 * The scenarios split into groups joined by shared targets (connected components), in the order of
 * each group's first scenario, its scenarios in their given order. Every group is timed in one
 * interleaved loop, so that all its targets see the same moments of load and pairs stay paired.
 */
export function sharedTargetGroups(scenarios: readonly Scenario[]): SharedTargetGroup[] {
  let groups: SharedTargetGroup[] = [];
  for (const scenario of scenarios) {
    const keys = new Set(FRAMEWORKS.map((framework) => inProcessTargetKey(sideTarget(scenario, framework))));
    const joined = groups.filter((group) => group.targets.some((target) => keys.has(inProcessTargetKey(target))));
    const members = scenarios.filter((s) => s === scenario || joined.some((group) => group.scenarios.includes(s)));
    groups = [...groups.filter((group) => !joined.includes(group)), groupOf(members)];
  }
  const position = (group: SharedTargetGroup) => scenarios.indexOf(group.scenarios[0]!);
  return groups.sort((a, b) => position(a) - position(b));
}

/**
 * The order of a group's targets in repetition `rep`: rotated by one each time, so over as many
 * repetitions as targets each takes every place once; for two targets this alternates them.
 */
export function rotation<T>(items: readonly T[], rep: number): T[] {
  if (items.length === 0) return [];
  const shift = rep % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/**
 * Merges the per-page Content-Security-Policy <meta> values into one policy for an HTTP header.
 * A header and a meta policy are both enforced, so the header must allow everything any page
 * allows (the union of sources per directive); it adds the directives a <meta> cannot carry.
 */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

export function mergePolicies(policies: readonly string[], headerOnly: readonly string[] = []): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of [...policies, ...headerOnly]) {
    for (const [name, sources] of parsePolicy(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, sources]) => [name, ...[...sources].sort()].join(' '))
    .join('; ');
}

/** Directives that only work when delivered as a header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

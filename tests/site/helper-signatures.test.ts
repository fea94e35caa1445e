/**
 * One signature per documented helper: a reader who follows two chapters must not meet two
 * different `create_app` functions. Every Python block on the built site is searched; the test
 * lists each signature found with the pages that show it, and fails when it finds none.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';

/** Helpers the guide defines in several places and promises to keep alike. */
const DOCUMENTED_HELPERS = ['create_app'] as const;

/** `def name(...) -> T:` with its parameters folded onto one line and spaces normalised. */
function signaturesOf(source: string, name: string): string[] {
  const pattern = new RegExp(`^\\s*(?:async\\s+)?def\\s+${name}\\s*\\(([\\s\\S]*?)\\)\\s*(->\\s*[^:]+)?:`, 'gm');
  return [...source.matchAll(pattern)].map(([, params = '', result = '']) =>
    `def ${name}(${params.replace(/\s+/g, ' ').replace(/,\s*$/, '').trim()}) ${result.replace(/\s+/g, ' ')}`.trim(),
  );
}

describe('documented helpers', () => {
  for (const name of DOCUMENTED_HELPERS) {
    it(`${name} has one signature across every chapter`, () => {
      const pagesBySignature = new Map<string, Set<string>>();
      for (const page of builtPages()) {
        for (const code of page.root.querySelectorAll('pre.language-python code')) {
          for (const signature of signaturesOf(code.text, name)) {
            if (!pagesBySignature.has(signature)) pagesBySignature.set(signature, new Set());
            pagesBySignature.get(signature)!.add(page.path);
          }
        }
      }
      const found = Object.fromEntries([...pagesBySignature].map(([signature, pages]) => [signature, [...pages]]));
      // Exactly one: none found means the helper left the guide (drop it from the list) or the
      // pattern no longer reads the built code blocks; either way this check would prove nothing.
      expect(Object.keys(found), `signatures of ${name}:\n${JSON.stringify(found, null, 2)}`).toHaveLength(1);
    });
  }
});

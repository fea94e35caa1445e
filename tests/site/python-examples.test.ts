/**
 * Every Python code block on the built site comes from a file of content/examples/ (named by
 * data-example on its wrapper) and says how it was checked: "Tested with <packages at their
 * locked versions>, Python X.Y", or "Not executed: <why>". One sweep, every failing block listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLock } from '../../src/lib/examples.ts';
import { builtPages } from '../helpers/dist';
import { PROJECT_ROOT } from '../helpers/fixture-project.ts';

const lock = parseLock(readFileSync(join(PROJECT_ROOT, 'content/examples/requirements.lock'), 'utf8'));
const lockedVersions = new Set([...lock.versions.values()]);

interface Block {
  name: string;
  example: string | undefined;
  checked: string | undefined;
  line: string;
}

const blocks: Block[] = builtPages().flatMap((page) =>
  page.root.querySelectorAll('pre.language-python').map((pre, index) => {
    const wrapper = pre.closest('[data-example]');
    return {
      name: `${page.path} block ${index + 1}`,
      example: wrapper?.getAttribute('data-example'),
      checked: wrapper?.getAttribute('data-example-checked'),
      line: wrapper?.querySelector('.example-checked')?.text.replace(/\s+/g, ' ').trim() ?? '',
    };
  }),
);

/** What is wrong with a block, or undefined when it is sound. */
function problem({ example, checked, line }: Block): string | undefined {
  if (example === undefined) return 'not rendered from content/examples/ (no data-example)';
  const file = example.split('#')[0]!;
  if (!existsSync(join(PROJECT_ROOT, file))) return `data-example names a missing file, ${file}`;
  if (checked === 'not-executed') return /^Not executed: \S/.test(line) ? undefined : `labelled not executed without a reason: "${line}"`;
  if (checked !== 'executed') return `data-example-checked is "${checked}"`;
  const tested = /^Tested with (.+), Python (\d+\.\d+)$/.exec(line);
  if (!tested) return `no "Tested with …, Python X.Y" line: "${line}"`;
  if (tested[2] !== lock.python) return `names Python ${tested[2]}, the lock file says ${lock.python}`;
  const stale = [...tested[1]!.matchAll(/ (\d[\w.]*)(?:,|$)/g)].map((match) => match[1]!).filter((version) => !lockedVersions.has(version));
  return stale.length ? `names versions the lock file does not pin: ${stale.join(', ')}` : undefined;
}

describe('Python examples on the built site', () => {
  it('every Python block is from an example file and says whether it was executed', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(90);
    const problems = blocks.flatMap((block) => {
      const found = problem(block);
      return found ? [`${block.name}: ${found}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('both kinds appear: executed examples and compile-only ones', () => {
    expect(new Set(blocks.map((block) => block.checked))).toEqual(new Set(['executed', 'not-executed']));
  });

  it('the check rejects a pasted block and an unlabelled one', () => {
    const good = blocks.find((block) => block.checked === 'executed')!;
    expect(problem({ ...good, example: undefined })).toMatch(/no data-example/);
    expect(problem({ ...good, line: '' })).toMatch(/Tested with/);
    expect(problem({ ...good, line: good.line.replace(/Python \d+\.\d+/, 'Python 2.7') })).toMatch(/Python 2\.7/);
    expect(problem({ ...good, checked: 'not-executed', line: 'x.py' })).toMatch(/without a reason/);
  });
});

/** Every Python code block on the built site is valid Python (compiled by python3, not run). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';

const blocks = builtPages().flatMap((page) =>
  page.root.querySelectorAll('pre.language-python code').map((code, index) => ({
    name: `${page.path} block ${index + 1}`,
    source: code.text,
  })),
);

const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = python.status === 0;
if (!hasPython) console.warn('\n!!! SKIPPING the Python compile check: python3 is not available !!!\n');

/** Compiles all blocks in one python3 process; returns "name: error" for each that fails. */
function compileErrors(sources: { name: string; source: string }[]): string[] {
  const script = [
    'import json, sys',
    'errors = []',
    'for block in json.load(sys.stdin):',
    '    try:',
    "        compile(block['source'], block['name'], 'exec')",
    '    except SyntaxError as error:',
    '        errors.append(f"{block[\'name\']}: line {error.lineno}: {error.msg}")',
    'print(json.dumps(errors))',
  ].join('\n');
  const result = spawnSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[];
}

// On CI it must run: a machine without python3 there is a broken CI, not a reason to pass.
describe.skipIf(!hasPython && !process.env.CI)('Python code blocks', () => {
  it('the site has Python examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(16);
  });

  it('all compile', () => {
    expect(compileErrors(blocks)).toEqual([]);
  });

  it('the check catches a syntax error', () => {
    expect(compileErrors([{ name: 'broken', source: 'def f(:\n    pass' }])).toHaveLength(1);
  });
});

/**
 * The GitHub Actions workflows (.github/workflows/) are valid against the GitHub workflow schema
 * (SchemaStore's, as vendored by check-jsonschema), and do what README's Deploying section says.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers/fixture-project';
import { toolsPython } from '../helpers/tools-venv';

const DIR = join(PROJECT_ROOT, '.github', 'workflows');
const files = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));
const workflow = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('GitHub workflows', () => {
  it('are CI, the Pages deploy and the weekly facts check', () => {
    expect(files.sort()).toEqual(['ci.yml', 'facts-check.yml', 'pages.yml']);
  });

  it('validate against the GitHub workflow schema', () => {
    const run = spawnSync(
      toolsPython(),
      ['-m', 'check_jsonschema', '--builtin-schema', 'vendor.github-workflows', ...files.map((name) => join(DIR, name))],
      { encoding: 'utf8' },
    );
    expect(`${run.stdout}${run.stderr}`).toContain('ok -- validation done');
    expect(run.status).toBe(0);
  }, 180_000);

  it('run the real entry points', () => {
    expect(workflow('ci.yml')).toContain('bash .ci/run');
    const pages = workflow('pages.yml');
    for (const action of ['actions/configure-pages@', 'actions/upload-pages-artifact@', 'actions/deploy-pages@'])
      expect(pages).toContain(action);
    // The Pages address, sub-path included, is the build's SITE_URL.
    expect(pages).toMatch(/SITE_URL: \$\{\{ steps\.pages\.outputs\.base_url \}\}\//);
    const facts = parse(workflow('facts-check.yml')) as { on: { schedule?: { cron: string }[] } };
    expect(facts.on.schedule?.[0]?.cron).toMatch(/^\S+ \S+ \* \* \d$/);
    expect(workflow('facts-check.yml')).toContain('npm run --silent facts:check');
  });
});

/**
 * Builds a private copy of the project with the current content/ and prints any build error.
 * Lets several people check content at once without sharing dist/ or Astro's cache.
 * Usage: node src/checks/check-content.ts   (via npm run check:content)
 */
import { createFixtureProject } from '../../tests/helpers/fixture-project.ts';

const fixture = createFixtureProject();
try {
  const { status, output } = fixture.astro('build');
  const lines = output.split('\n').filter((line) => !/\[WARN\]|^\s*$|MODULE_LEVEL_DIRECTIVE|│|╭|╰|─/.test(line));
  if (status === 0) console.log('content builds cleanly');
  else console.log(lines.slice(-60).join('\n'));
  process.exitCode = status ?? 1;
} finally {
  fixture.remove();
}

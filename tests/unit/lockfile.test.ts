/** `npm ci` (what CI runs) refuses a lockfile that misses any optional platform package. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// A plain .mjs maintenance script: TypeScript infers its types (allowJs).
import { missingEntries, platformOf } from '../../.ci/complete-lockfile.mjs';
import { PROJECT_ROOT } from '../helpers/fixture-project';

describe('package-lock.json', () => {
  it('has an entry for every optional platform package (else run npm run lockfile:complete)', () => {
    const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8'));
    expect(Object.keys(missingEntries(lock))).toEqual([]);
  });

  it('reads the platform from a package name', () => {
    expect(platformOf('@tailwindcss/oxide-linux-arm64-musl')).toEqual({ cpu: ['arm64'], os: ['linux'], libc: ['musl'] });
    expect(platformOf('@pagefind/windows-x64')).toEqual({ cpu: ['x64'], os: ['win32'] });
    expect(platformOf('@astrojs/compiler-binding-win32-arm64-msvc')).toEqual({ cpu: ['arm64'], os: ['win32'] });
  });
});

/**
 * Adds the lockfile entries npm leaves out on these machines. Their registry mirror serves only
 * the linux-x64 builds of packages that ship one package per platform (Astro's compiler,
 * Tailwind's oxide, Pagefind), so `npm install` records no entry for the other platforms'
 * optional packages, and `npm ci` then refuses the lockfile as out of sync. This writes the
 * entry npm itself would write (version, os, cpu, libc), which `npm ci` skips on a mismatching
 * platform. Run it after any `npm install` that changes package-lock.json:
 *   node .ci/complete-lockfile.mjs          (or: npm run lockfile:complete)
 *   node .ci/complete-lockfile.mjs --check  (exit 1 if entries are missing; used by the tests)
 */
import { readFileSync, writeFileSync } from 'node:fs';

const OSES = ['aix', 'android', 'darwin', 'freebsd', 'linux', 'netbsd', 'openbsd', 'sunos', 'win32'];
/** Names some packages use for an os, and npm's own name for it. */
const OS_ALIASES = { windows: 'win32', macos: 'darwin' };
const CPUS = ['arm64', 'arm', 'ia32', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x', 'wasm32', 'x64'];

/** Platform fields from a package name such as "@tailwindcss/oxide-linux-arm64-musl". */
export function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const alias = parts.find((part) => part in OS_ALIASES);
  const os = alias ? OS_ALIASES[alias] : OSES.find((candidate) => parts.includes(candidate));
  const cpu = CPUS.find((candidate) => parts.includes(candidate));
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') ? 'glibc' : undefined;
  return { ...(cpu ? { cpu: [cpu] } : {}), ...(os ? { os: [os] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

/** Lockfile keys and entries for optional dependencies that have no entry. */
export function missingEntries(lock) {
  const missing = {};
  for (const [path, meta] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
      const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[hoisted] || missing[hoisted]) continue;
      missing[hoisted] = { version, ...(meta.dev ? { dev: true } : {}), optional: true, ...platformOf(name) };
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const missing = missingEntries(lock);
  const count = Object.keys(missing).length;
  if (process.argv.includes('--check')) {
    if (count > 0) {
      console.error(`package-lock.json lacks ${count} optional platform entries; run: npm run lockfile:complete`);
      process.exit(1);
    }
  } else {
    const packages = { ...lock.packages, ...missing };
    lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
    writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
    console.log(`added ${count} entries to package-lock.json`);
  }
}

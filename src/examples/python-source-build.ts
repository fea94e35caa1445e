/**
 * Decisions behind src/examples/current-python.ts (the CPython 3.13 the examples and the benchmark run
 * on): reading apt's output, and whether a cached interpreter build can be reused. Pure functions
 * over command output, so the CLI is a thin runner of commands and the rules are unit-tested.
 */

/** The minor release the project needs: Django 6.x wants Python 3.12 or later, Debian 13 ships 3.13. */
export const PYTHON_MINOR = '3.13';

/** The candidate version in `apt-cache policy PACKAGE` output; undefined when apt has none to install. */
export function aptCandidate(policyOutput: string): string | undefined {
  const candidate = /^\s*Candidate:\s*(\S+)\s*$/m.exec(policyOutput)?.[1];
  return candidate === undefined || candidate === '(none)' ? undefined : candidate;
}

/** What `apt-get source --print-uris` would download: the Debian version and the upstream tarball. */
export interface SourcePackage {
  /** Debian's version of the source package, e.g. "3.13.5-2+deb13u5". */
  debianVersion: string;
  /** Upstream release inside it, e.g. "3.13.5": the interpreter that gets built. */
  upstreamVersion: string;
  /** File name of the upstream tarball, e.g. "python3.13_3.13.5.orig.tar.xz". */
  origTarball: string;
}

/**
 * Reads `apt-get source --print-uris python3.13`: one line per file, `'URI' NAME SIZE HASH`.
 * Undefined when apt knows no such source package (no deb-src source, or its lists not fetched).
 */
export function parseSourceUris(output: string, packageName: string): SourcePackage | undefined {
  const names = [...output.matchAll(/^'[^']+'\s+(\S+)\s+\d+\s/gm)].map(([, name]) => name!);
  const prefix = `${packageName}_`;
  const dsc = names.find((name) => name.startsWith(prefix) && name.endsWith('.dsc'));
  const origTarball = names.find((name) => name.startsWith(prefix) && /\.orig\.tar\.(xz|gz|bz2)$/.test(name));
  if (dsc === undefined || origTarball === undefined) return undefined;
  return {
    debianVersion: dsc.slice(prefix.length, -'.dsc'.length),
    upstreamVersion: origTarball.slice(prefix.length).replace(/\.orig\.tar\.\w+$/, ''),
    origTarball,
  };
}

/**
 * The configure options of the build; part of the stamp, so changing them rebuilds. No PGO or
 * --enable-optimizations (they triple the build time); pip comes from ensurepip inside each venv;
 * CPython's own test suite is neither built nor installed (installing it compiles ~1,800 files).
 */
export const CONFIGURE_OPTIONS = ['--with-ensurepip=no', '--disable-test-modules'] as const;

/** What the stamp file of a finished build records; written last, so a half-done build has none. */
export interface BuildStamp {
  upstreamVersion: string;
  debianVersion: string;
  configureOptions: string[];
}

export function stampText(stamp: BuildStamp): string {
  return `${JSON.stringify(stamp, null, 2)}\n`;
}

/**
 * Whether a cached build can be used instead of building: its stamp exists, is readable and
 * records the same upstream release and configure options. Debian's revision alone does not
 * count, because the build uses the upstream tarball, which a new revision leaves unchanged.
 */
export function cacheIsCurrent(stamp: string | undefined, wanted: BuildStamp): boolean {
  if (stamp === undefined) return false;
  let recorded: Partial<BuildStamp>;
  try {
    recorded = JSON.parse(stamp) as Partial<BuildStamp>;
  } catch {
    return false;
  }
  return (
    recorded.upstreamVersion === wanted.upstreamVersion &&
    JSON.stringify(recorded.configureOptions) === JSON.stringify(wanted.configureOptions)
  );
}

/** A release name such as "3.13.5" sorted by number, newest first; for picking among cached builds when apt cannot say. */
export function newestVersion(versions: readonly string[]): string | undefined {
  const parts = (version: string) => version.split('.').map(Number);
  return [...versions].sort((a, b) => {
    const [left, right] = [parts(a), parts(b)];
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
      const difference = (right[index] ?? 0) - (left[index] ?? 0);
      if (difference !== 0) return difference;
    }
    return 0;
  })[0];
}

/** The deb-src source for Debian 13's source packages: sources only, never its binary packages. */
export function trixieSourceFile(keyring: string): string {
  return ['Types: deb-src', 'URIs: http://deb.debian.org/debian', 'Suites: trixie', 'Components: main', `Signed-By: ${keyring}`, ''].join(
    '\n',
  );
}

/**
 * Whether an apt sources file (deb822 `.sources` or one-line `.list`) already offers Debian 13's
 * source packages, so a second, duplicate source is not added.
 */
export function offersTrixieSources(text: string): boolean {
  const uncommented = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n');
  if (/^\s*deb-src\s+(\[[^\]]*\]\s+)?\S+\s+trixie\s/m.test(uncommented)) return true;
  return uncommented.split(/\n\s*\n/).some((stanza) => {
    const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'mi').exec(stanza)?.[1]?.split(/\s+/) ?? [];
    return field('Types').includes('deb-src') && field('Suites').includes('trixie') && !/^Enabled:\s*no\s*$/im.test(stanza);
  });
}

/**
 * Whether the answer found last time still holds without asking apt again (which takes seconds):
 * it was found after apt's package lists and sources last changed.
 */
export function answerStillHolds(foundAtMs: number | undefined, aptChangedAtMs: number): boolean {
  return foundAtMs !== undefined && foundAtMs > aptChangedAtMs;
}

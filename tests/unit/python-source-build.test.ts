import { describe, expect, it } from 'vitest';
import {
  answerStillHolds,
  aptCandidate,
  cacheIsCurrent,
  newestVersion,
  offersTrixieSources,
  parseSourceUris,
  stampText,
  trixieSourceFile,
  type BuildStamp,
} from '../../src/examples/python-source-build.ts';

describe('aptCandidate', () => {
  it('reads the candidate of apt-cache policy, and none when apt has nothing to install', () => {
    const trixie = 'python3.13-venv:\n  Installed: (none)\n  Candidate: 3.13.5-2+deb13u5\n  Version table:\n     3.13.5-2+deb13u5 500\n';
    expect(aptCandidate(trixie)).toBe('3.13.5-2+deb13u5');
    expect(aptCandidate('python3.13-venv:\n  Installed: (none)\n  Candidate: (none)\n')).toBeUndefined();
    // Debian 12 knows no such package: apt-cache prints nothing at all.
    expect(aptCandidate('')).toBeUndefined();
  });
});

const PRINT_URIS = [
  'Reading package lists...',
  "NOTICE: 'python3.13' packaging is maintained in the 'Git' version control system at:",
  'Need to get 23.2 MB of source archives.',
  "'http://deb.debian.org/debian/pool/main/p/python3.13/python3.13_3.13.5-2%2bdeb13u5.dsc' python3.13_3.13.5-2+deb13u5.dsc 4298 SHA256:4be8",
  "'http://deb.debian.org/debian/pool/main/p/python3.13/python3.13_3.13.5.orig.tar.xz' python3.13_3.13.5.orig.tar.xz 22856016 SHA256:93e5",
  "'http://deb.debian.org/debian/pool/main/p/python3.13/python3.13_3.13.5.orig.tar.xz.asc' python3.13_3.13.5.orig.tar.xz.asc 963 SHA256:da6e",
  "'http://deb.debian.org/debian/pool/main/p/python3.13/python3.13_3.13.5-2%2bdeb13u5.debian.tar.xz' python3.13_3.13.5-2+deb13u5.debian.tar.xz 300000 SHA256:aa",
].join('\n');

describe('parseSourceUris', () => {
  it("reads Debian's version and the upstream tarball from apt-get source --print-uris", () => {
    expect(parseSourceUris(PRINT_URIS, 'python3.13')).toEqual({
      debianVersion: '3.13.5-2+deb13u5',
      upstreamVersion: '3.13.5',
      origTarball: 'python3.13_3.13.5.orig.tar.xz',
    });
  });

  it('gives nothing when apt knows no such source package or lists another one', () => {
    expect(parseSourceUris('Reading package lists...\nE: Unable to find a source package for python3.13\n', 'python3.13')).toBeUndefined();
    expect(parseSourceUris(PRINT_URIS, 'python3.12')).toBeUndefined();
  });
});

describe('cacheIsCurrent', () => {
  const wanted: BuildStamp = { upstreamVersion: '3.13.5', debianVersion: '3.13.5-2+deb13u5', configureOptions: ['--with-ensurepip=no'] };

  it('reuses a finished build of the same upstream release and options, whatever the Debian revision', () => {
    expect(cacheIsCurrent(stampText(wanted), wanted)).toBe(true);
    expect(cacheIsCurrent(stampText({ ...wanted, debianVersion: '3.13.5-2+deb13u4' }), wanted)).toBe(true);
  });

  it('rebuilds when there is no stamp (an interrupted build), a damaged one, a new release or other options', () => {
    expect(cacheIsCurrent(undefined, wanted)).toBe(false);
    expect(cacheIsCurrent('{"upstreamVersion": "3.13', wanted)).toBe(false);
    expect(cacheIsCurrent(stampText({ ...wanted, upstreamVersion: '3.13.4' }), wanted)).toBe(false);
    expect(cacheIsCurrent(stampText({ ...wanted, configureOptions: [] }), wanted)).toBe(false);
  });
});

describe('newestVersion', () => {
  it('compares release numbers as numbers', () => {
    expect(newestVersion(['3.13.5', '3.13.10', '3.13.9'])).toBe('3.13.10');
    expect(newestVersion([])).toBeUndefined();
  });
});

describe('offersTrixieSources', () => {
  it('recognises our own deb-src source and the one-line form', () => {
    expect(offersTrixieSources(trixieSourceFile('/usr/share/keyrings/debian-archive-keyring.gpg'))).toBe(true);
    expect(offersTrixieSources('deb-src http://deb.debian.org/debian trixie main\n')).toBe(true);
    expect(offersTrixieSources('deb-src [signed-by=/k.gpg] http://deb.debian.org/debian trixie main\n')).toBe(true);
  });

  it('does not count binary sources, other suites, comments or disabled stanzas', () => {
    const bookworm = 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\n';
    expect(offersTrixieSources(bookworm)).toBe(false);
    expect(offersTrixieSources('Types: deb\nURIs: http://deb.debian.org/debian\nSuites: trixie\n')).toBe(false);
    expect(offersTrixieSources('# deb-src http://deb.debian.org/debian trixie main\n')).toBe(false);
    expect(offersTrixieSources(`${bookworm}\nTypes: deb-src\nSuites: trixie\nEnabled: no\n`)).toBe(false);
    expect(offersTrixieSources(`${bookworm}\nTypes: deb deb-src\nSuites: trixie\n`)).toBe(true);
  });
});

describe('answerStillHolds', () => {
  it('skips asking apt only when nothing changed in apt since the cached answer was found', () => {
    expect(answerStillHolds(2000, 1000)).toBe(true);
    expect(answerStillHolds(1000, 2000)).toBe(false);
    expect(answerStillHolds(undefined, 0)).toBe(false);
  });
});

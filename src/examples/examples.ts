/**
 * Runnable examples (content/examples/): which part of which file a code block shows, and what
 * the page says about how it was checked. Pure functions over file texts, so the Markdown plugin
 * (src/examples/example-code.ts) stays a thin reader of files and the rules are unit-tested.
 */

/**
 * What a fenced block asks for: ```python example="django-blog/blog/views.py#read" note="excerpt"```,
 * and `with="djangorestframework"` to name an extension's locked version too, or
 * `tested-with="celery"` to name that package instead of the project's framework, for a file that
 * does not use the framework at all.
 * Several regions, `#bp,reviews`, are shown one after the other (e.g. a blueprint and one view).
 */
export interface ExampleRef {
  /** Path inside content/examples/, e.g. "django-blog/blog/views.py". */
  path: string;
  /** Project folder: the first segment of the path. */
  project: string;
  /** Named regions of the file, in display order; empty for the whole file. */
  regions: string[];
  /** Words shown after the file name, e.g. "inside create_app". */
  note: string | undefined;
  /** Packages the block is about, named with their versions after the project's, e.g. ["djangorestframework"]. */
  packages: string[];
  /** Packages named instead of the project's `tested_with` (a file that never imports the framework); undefined to keep them. */
  testedWith: string[] | undefined;
}

/** One project of content/examples/examples.yaml. */
export interface ExampleProject {
  id: string;
  /** Distribution names whose locked versions the page names, e.g. ["Django"]. */
  testedWith: string[];
  /** Ids of the lines it runs on, in the manifest's order of lines; all of them unless `only` says otherwise. */
  lines: string[];
  /**
   * Why it runs on fewer than all lines, keyed by what says it: a file inside the project
   * ("orders/tasks.py"), one region of a file ("config/settings.py#csp"), or "" for the whole
   * project; undefined when it runs on all lines. A block's label names only the reasons of what
   * it shows, e.g. "fetch modes are new in Django 6.1".
   */
  onlyBecause: ReadonlyMap<string, string> | undefined;
}

/** A supported release line: one lock file, one interpreter, one virtual environment. */
export interface ExampleLine {
  /** The line's name, e.g. "5.2" (Django 5.2 LTS); the lock file is requirements-<id>.lock. */
  id: string;
  lock: Lock;
}

export interface Lock {
  /** Python version the lock was resolved for, from its `# python: 3.11` line. */
  python: string;
  /** Exact version of every locked distribution, keyed by normalised name. */
  versions: Map<string, string>;
}

/** The lock file of a line, inside content/examples/. */
export const lockFileName = (lineId: string): string => `requirements-${lineId}.lock`;

const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;

/** Reads the `example` (and optional `note`) attribute of a code fence's meta; undefined when absent. */
export function parseExampleMeta(meta: string | null | undefined): ExampleRef | undefined {
  if (!meta) return undefined;
  const attributes = new Map([...meta.matchAll(ATTRIBUTE)].map(([, key, value]) => [key, value] as const));
  const example = attributes.get('example');
  if (example === undefined) return undefined;
  const [path = '', regions = ''] = example.split('#');
  if (!/^[a-z0-9-]+\/[\w./-]+$/.test(path) || path.includes('..') || !/^([\w-]+(,[\w-]+)*)?$/.test(regions)) {
    throw new Error(`example="${example}": expected "<project>/<path inside it>[#region[,region]]", e.g. "django-blog/blog/views.py#read"`);
  }
  return {
    path,
    project: path.split('/')[0]!,
    regions: regions ? regions.split(',') : [],
    note: attributes.get('note'),
    packages: attributes.get('with')?.split(/\s+/).filter(Boolean) ?? [],
    testedWith: attributes.get('tested-with')?.split(/\s+/).filter(Boolean),
  };
}

const MARKER = /^\s*#\s*(region:\s*([\w-]+)|endregion)\s*$/;

/** The text of a block: the whole file, or its regions joined by two blank lines (PEP 8's gap). */
export function exampleText(source: string, regions: readonly string[]): string {
  if (regions.length === 0) return extractRegion(source, undefined);
  return regions.map((region) => extractRegion(source, region)).join('\n\n\n');
}

/**
 * One part of a file: the whole file, or the lines between `# region: name` and the next
 * `# endregion` at the same nesting, with every marker line dropped and the common indentation
 * removed (a region inside a function reads as top-level code).
 */
export function extractRegion(source: string, region: string | undefined): string {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  let start = 0;
  let end = lines.length;
  if (region !== undefined) {
    start = lines.findIndex((line) => MARKER.exec(line)?.[2] === region) + 1;
    if (start === 0) throw new Error(`no "# region: ${region}" marker`);
    let depth = 0;
    end = -1;
    for (let i = start; i < lines.length; i += 1) {
      const marker = MARKER.exec(lines[i]!);
      if (marker?.[2]) depth += 1;
      else if (marker) {
        if (depth === 0) {
          end = i;
          break;
        }
        depth -= 1;
      }
    }
    if (end === -1) throw new Error(`region "${region}" has no "# endregion"`);
  }
  const kept = lines.slice(start, end).filter((line) => !MARKER.test(line));
  while (kept.length && kept[0]!.trim() === '') kept.shift();
  while (kept.length && kept.at(-1)!.trim() === '') kept.pop();
  if (kept.length === 0) throw new Error(region ? `region "${region}" is empty` : 'the file is empty');
  const indent = Math.min(...kept.filter((line) => line.trim()).map((line) => line.match(/^ */)![0].length));
  return kept.map((line) => line.slice(indent)).join('\n');
}

/** PyPI's name normalisation (PEP 503), so "flask_sqlalchemy" finds "Flask-SQLAlchemy". */
export const normaliseName = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

/** Parses requirements.lock: `name==version` lines and the `# python: X.Y` line. */
export function parseLock(text: string): Lock {
  const versions = new Map<string, string>();
  let python: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const pythonLine = /^#\s*python:\s*(\d+\.\d+)\s*$/.exec(line);
    if (pythonLine) python = pythonLine[1];
    if (line === '' || line.startsWith('#')) continue;
    const pin = /^([A-Za-z0-9][\w.-]*)==([\w.+!-]+)$/.exec(line);
    if (!pin) throw new Error(`"${line}" is not an exact pin (name==version)`);
    versions.set(normaliseName(pin[1]!), pin[2]!);
  }
  if (python === undefined) throw new Error('no "# python: X.Y" line');
  return { python, versions };
}

const LINE_ID = /^\d+\.\d+$/;

/** Checks the parsed examples.yaml; errors name the entry and the field. */
export function parseManifest(data: unknown): { lineIds: string[]; projects: ExampleProject[] } {
  const manifest = data as { lines?: unknown; projects?: unknown } | null;
  const lineIds = manifest?.lines;
  if (!Array.isArray(lineIds) || lineIds.length === 0 || !lineIds.every((id) => typeof id === 'string' && LINE_ID.test(id))) {
    throw new Error('lines: expected a list of release lines such as "5.2" (each with its requirements-<line>.lock)');
  }
  const projects = manifest?.projects;
  if (!Array.isArray(projects)) throw new Error('projects: expected a list');
  return {
    lineIds,
    projects: projects.map((entry: Record<string, unknown>, index) => {
      const where = `projects[${index}]`;
      if (typeof entry?.['id'] !== 'string') throw new Error(`${where}.id: expected a folder name`);
      const testedWith = entry['tested_with'];
      if (!Array.isArray(testedWith) || testedWith.length === 0 || !testedWith.every((name) => typeof name === 'string')) {
        throw new Error(`${where}.tested_with: expected a list of package names`);
      }
      const only = entry['only'] as { lines?: unknown; because?: unknown } | undefined;
      if (only === undefined) return { id: entry['id'], testedWith, lines: lineIds, onlyBecause: undefined };
      const lines = only?.lines;
      if (!Array.isArray(lines) || lines.length === 0 || lines.length >= lineIds.length || !lines.every((id) => lineIds.includes(id))) {
        throw new Error(`${where}.only.lines: expected some, not all, of the lines ${lineIds.join(', ')}`);
      }
      return {
        id: entry['id'],
        testedWith,
        lines: lineIds.filter((id) => lines.includes(id)),
        onlyBecause: parseBecause(only.because, where),
      };
    }),
  };
}

const SHOWN_PART = /^[\w./-]+(#[\w-]+)?$/;

/** `only.because`: one reason for the whole project, or a reason per file or file#region. */
function parseBecause(because: unknown, where: string): Map<string, string> {
  const expected = `${where}.only.because: expected the reason as text, or a mapping of "file" or "file#region" (inside the project) to the reason`;
  const entries =
    typeof because === 'string' ? [['', because] as const] : because && typeof because === 'object' ? Object.entries(because) : [];
  if (entries.length === 0) throw new Error(expected);
  for (const [shown, reason] of entries) {
    if ((shown !== '' && !SHOWN_PART.test(shown)) || typeof reason !== 'string' || reason.trim() === '')
      throw new Error(`${expected}; got ${JSON.stringify(shown)}: ${JSON.stringify(reason)}`);
  }
  return new Map(entries.map(([shown, reason]) => [shown, (reason as string).trim()]));
}

/** The part of a project a block shows: its file inside the project and the regions (none for the whole file). */
export interface ShownPart {
  file: string;
  regions: readonly string[];
}

/**
 * Why a restricted project's block does not run on every line: the reasons declared for the whole
 * project, its file, or a region it shows, each once. Without `shown`, every reason of the project.
 */
export function skipReason(project: ExampleProject, shown?: ShownPart): string | undefined {
  if (project.onlyBecause === undefined) return undefined;
  const matching = [...project.onlyBecause].filter(([key]) => {
    if (shown === undefined || key === '') return true;
    const [file, region] = key.split('#');
    return file === shown.file && (region === undefined || shown.regions.includes(region));
  });
  const reasons = [...new Set(matching.map(([, reason]) => reason))];
  if (reasons.length === 0) {
    const where = `${shown!.file}${shown!.regions.length ? `#${shown!.regions.join(',')}` : ''}`;
    throw new Error(
      `${project.id}/${where} runs on ${project.lines.join(', ')} only: add "${where}" to its only.because in examples.yaml with what it uses that the other lines lack`,
    );
  }
  return reasons.join('; ');
}

/**
 * What the page says about how a block was checked, from the lock files: "Tested with Django 5.2.19
 * on Python 3.11 and Django 6.1.3 on Python 3.13"; packages at the same version on every line are
 * named once at the end ("…, with djangorestframework 3.18.3 on both"), and when every version
 * agrees the Pythons share one clause ("Tested with Flask 3.1.3 on Python 3.11 and 3.13"). A
 * project run on fewer lines says which it skips and why: for the part `shown`, only its own reasons.
 */
export function checkedLine(
  project: ExampleProject,
  lines: readonly ExampleLine[],
  packages: readonly string[] = [],
  shown?: ShownPart,
): string {
  const runs = project.lines.map((id) => {
    const line = lines.find((candidate) => candidate.id === id);
    if (line === undefined) throw new Error(`${project.id}: no lock file for line ${id}`);
    const named = [...project.testedWith, ...packages].map((name) => {
      const version = line.lock.versions.get(normaliseName(name));
      if (version === undefined) throw new Error(`${name} is not in ${lockFileName(id)}`);
      return `${name} ${version}`;
    });
    return { named, python: line.lock.python };
  });
  const listed = (list: string[]) => (list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`);
  const common = runs[0]!.named.filter((entry) => runs.every(({ named }) => named.includes(entry)));
  const varying = runs.map(({ named, python }) => ({ named: named.filter((entry) => !common.includes(entry)), python }));
  let tested: string;
  if (varying.every(({ named }) => named.length === 0)) {
    tested = `Tested with ${common.join(', ')} on Python ${listed(runs.map(({ python }) => python))}`;
  } else {
    tested = `Tested with ${listed(varying.map(({ named, python }) => `${named.join(', ')} on Python ${python}`))}`;
    if (common.length) tested += `, with ${listed(common)} on ${runs.length === 2 ? 'both' : 'each'}`;
  }
  const reason = skipReason(project, shown);
  if (reason === undefined) return tested;
  const skipped = lines.filter(({ id }) => !project.lines.includes(id)).map(({ id }) => id);
  return `${tested} (not on ${listed(skipped)}: ${reason})`;
}

/** Reads every line's lock file through `read` (a file name inside content/examples/ to its text); errors name the file. */
export function readLines(lineIds: readonly string[], read: (file: string) => string): ExampleLine[] {
  return lineIds.map((id) => {
    const file = lockFileName(id);
    try {
      return { id, lock: parseLock(read(file)) };
    } catch (error) {
      throw new Error(`content/examples/${file}: ${(error as Error).message}`, { cause: error });
    }
  });
}

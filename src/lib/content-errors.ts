/** Content problems, reported as `file: field: message` so an author can find and fix them. */
export interface ContentProblem {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** Line in the file, when known (MDX bodies, undecodable bytes). */
  line?: number | undefined;
  /** The field (or `body` location) at fault, e.g. `sources[1]` or `entry "routing" › link`. */
  field: string;
  message: string;
}

export class ContentError extends Error {
  // A plain field, not a parameter property: Node's type stripping (scripts in src/cli) refuses those.
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(`Content check failed:\n${problems.map(formatProblem).join('\n')}`);
    this.problems = problems;
    this.name = 'ContentError';
    // The place in the build's code that noticed the problem means nothing to an author: the
    // message names the file, line and field. Without stack frames Astro prints just that.
    this.stack = `${this.name}: ${this.message}`;
  }
}

export function formatProblem({ file, line, field, message }: ContentProblem): string {
  return `  ${file}${line === undefined ? '' : `:${line}`}: ${field}: ${message}`;
}

/** Renders a Zod issue path the way authors write it: `options[2].link`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

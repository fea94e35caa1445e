/**
 * Content problems, in the one style every content check and every failing chapter uses:
 * `file:line: field: what was expected. Hint: how to fix it`, so an author can find and fix them.
 */
export interface ContentProblem {
  /** Path of the offending file, relative to the project root. */
  file: string;
  /** Line in the file, when known (MDX bodies, undecodable bytes). */
  line?: number | undefined;
  /** The field (or `body` location) at fault, e.g. `sources[1]` or `entry "routing" › link`. */
  field: string;
  /** What is wrong, or what was expected. */
  message: string;
  /** How to fix it, when the message does not say. */
  hint?: string | undefined;
}

export class ContentError extends Error {
  // A plain field, not a parameter property: Node's type stripping (the npm scripts run .ts files directly) refuses those.
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

export function formatProblem({ file, line, field, message, hint }: ContentProblem): string {
  return `  ${file}${line === undefined ? '' : `:${line}`}: ${field}: ${message}${hint ? `. Hint: ${hint}` : ''}`;
}

/**
 * A problem met while a chapter renders (a component given bad props, an unknown component, an
 * expression that throws), as a content problem of the chapter's file. Components say which
 * element is at fault at the start of their message (`<Fact id="x" />: …`) and may carry a hint
 * (Astro's AstroError does).
 */
export function renderProblem(file: string, error: unknown): ContentProblem {
  const { message, hint } = error as { message?: unknown; hint?: unknown };
  const text = String(message ?? error);
  const element = /^(<[A-Z][^>]*>): ([\s\S]*)$/.exec(text);
  return {
    file,
    field: element?.[1] ?? '(while rendering)',
    message: element?.[2] ?? text,
    hint: typeof hint === 'string' ? hint : undefined,
  };
}

/** Renders a Zod issue path the way authors write it: `options[2].link`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

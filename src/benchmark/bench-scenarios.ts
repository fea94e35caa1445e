/**
 * What the framework benchmark measures (`npm run bench:frameworks`): the apps of each twin in
 * content/bench/, the scenarios run against them in process (instructions and CPU time) and the
 * servers loaded over HTTP. The harness writes ids, labels and descriptions into the results
 * file, so the performance chapter shows the same words the harness used.
 */
import type { Framework } from '../site/vocabulary.ts';

export type Interface = 'wsgi' | 'asgi';

/** One app of a twin, as content/bench/measure.py loads it: `django:<settings>`, `flask:<variant>` or `empty`. */
export interface AppVariant {
  id: string;
  framework: Framework;
  label: string;
  /** The argument measure.py takes. */
  spec: string;
  /** What the variant runs with: middleware, extensions, ORM. Shown beside the code. */
  stack: string;
  /** Gunicorn's application argument and the environment that selects the variant. */
  wsgiApp: string;
  asgiApp: string;
  env: Record<string, string>;
}

export const APP_VARIANTS = [
  {
    id: 'django-default',
    framework: 'django',
    label: 'Django, default project',
    spec: 'django:benchsite.settings',
    stack:
      'the seven middleware of a new project (security, sessions, common, CSRF, authentication, messages, clickjacking), six contrib apps, Django templates, the ORM on PostgreSQL',
    wsgiApp: 'benchsite.wsgi:application',
    asgiApp: 'benchsite.asgi:application',
    env: { DJANGO_SETTINGS_MODULE: 'benchsite.settings' },
  },
  {
    id: 'django-api',
    framework: 'django',
    label: 'Django, API middleware only',
    spec: 'django:benchsite.settings_api',
    stack: 'the security and common middleware only; apps, templates and ORM as the default project',
    wsgiApp: 'benchsite.wsgi:application',
    asgiApp: 'benchsite.asgi:application',
    env: { DJANGO_SETTINGS_MODULE: 'benchsite.settings_api' },
  },
  {
    id: 'flask-bare',
    framework: 'flask',
    label: 'Flask, bare',
    spec: 'flask:bare',
    stack: 'Flask alone (Werkzeug, Jinja, no extension); SQLAlchemy is never imported',
    wsgiApp: 'wsgi:app',
    asgiApp: 'asgi:app',
    env: { BENCH_FLASK_VARIANT: 'bare' },
  },
  {
    id: 'flask-orm',
    framework: 'flask',
    label: 'Flask with Flask-SQLAlchemy',
    spec: 'flask:orm',
    stack: 'Flask, Flask-SQLAlchemy and SQLAlchemy on PostgreSQL',
    wsgiApp: 'wsgi:app',
    asgiApp: 'asgi:app',
    env: { BENCH_FLASK_VARIANT: 'orm' },
  },
  {
    id: 'flask-extensions',
    framework: 'flask',
    label: 'Flask with sessions, CSRF and login',
    spec: 'flask:extensions',
    stack: 'Flask-SQLAlchemy, a secret key for signed-cookie sessions, CSRFProtect (Flask-WTF) and LoginManager (Flask-Login)',
    wsgiApp: 'wsgi:app',
    asgiApp: 'asgi:app',
    env: { BENCH_FLASK_VARIANT: 'extensions' },
  },
] as const satisfies readonly AppVariant[];

export type AppVariantId = (typeof APP_VARIANTS)[number]['id'];

export interface Side {
  variant: AppVariantId;
  path: string;
}

export interface Scenario {
  id: string;
  label: string;
  /** The request as a noun phrase for generated sentences: "a plain-text request". */
  request: string;
  /** How sentences name a side when "Django" or "Flask" alone would mislead. */
  names?: Partial<Record<Framework, string>>;
  description: string;
  interface: Interface;
  /** Which app and path of each twin serve the scenario. */
  sides: Record<Framework, Side>;
  /** Whether the request waits on PostgreSQL, which shares the measured core (see bench-compare.ts). */
  queries?: true;
}

const side = (variant: AppVariantId, path: string): Side => ({ variant, path });
const both = (django: AppVariantId, flask: AppVariantId, path: string, asyncPath = path) => ({
  django: side(django, asyncPath),
  flask: side(flask, path),
});

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'plaintext',
    label: 'Plain text',
    request: 'a plain-text request',
    description: 'A 13-byte text response (TechEmpower’s plaintext type): the framework’s own per-request cost, out of the box.',
    interface: 'wsgi',
    sides: both('django-default', 'flask-bare', '/plaintext'),
  },
  {
    id: 'plaintext-lean',
    label: 'Plain text, lean Django',
    request: 'a plain-text request',
    names: { django: 'Django with only its security and common middleware' },
    description: 'The same response with Django reduced to the security and common middleware, against bare Flask.',
    interface: 'wsgi',
    sides: both('django-api', 'flask-bare', '/plaintext'),
  },
  {
    id: 'json',
    label: 'JSON',
    request: 'a JSON request',
    description:
      'A one-key object serialised to JSON: JsonResponse (DjangoJSONEncoder) against Flask’s JSON provider; both call the standard json module, Flask sorting the keys.',
    interface: 'wsgi',
    sides: both('django-default', 'flask-bare', '/json'),
  },
  {
    id: 'template',
    label: 'Template, 20 rows',
    request: 'a 20-row template page',
    description: 'A page extending a base template with a 20-row table held in memory: Django’s template engine against Jinja.',
    interface: 'wsgi',
    sides: both('django-default', 'flask-bare', '/template'),
  },
  {
    id: 'query',
    queries: true,
    label: 'One query',
    request: 'a one-query request',
    description: 'One row by a random primary key through the ORM (TechEmpower’s single-query type), returned as JSON.',
    interface: 'wsgi',
    sides: both('django-default', 'flask-orm', '/query'),
  },
  {
    id: 'related-naive',
    queries: true,
    label: '20 related rows, N+1',
    request: 'a 20-post page that loads each author separately (N+1 queries)',
    description: '20 posts and each post’s author loaded lazily: 21 queries.',
    interface: 'wsgi',
    sides: both('django-default', 'flask-orm', '/related/naive'),
  },
  {
    id: 'related-fixed',
    queries: true,
    label: '20 related rows, joined',
    request: 'a 20-post page that joins in the authors',
    description: 'The same page with select_related or joinedload: one query.',
    interface: 'wsgi',
    sides: both('django-default', 'flask-orm', '/related/fixed'),
  },
  {
    id: 'fortunes',
    queries: true,
    label: 'Fortunes',
    request: 'a Fortunes page',
    description:
      'TechEmpower’s Fortunes type: every row of a 12-row table, one row added in memory, sorted, rendered through an escaping template.',
    interface: 'wsgi',
    sides: both('django-default', 'flask-orm', '/fortunes'),
  },
  {
    id: 'session-user',
    label: 'Session and user check',
    request: 'a request that checks the session and the signed-in user',
    description:
      'A view that asks whether the visitor is signed in: Django’s default middleware against Flask with sessions, CSRF (Flask-WTF) and login (Flask-Login).',
    interface: 'wsgi',
    sides: both('django-default', 'flask-extensions', '/user'),
  },
  {
    id: 'asgi-plaintext',
    label: 'Plain text over ASGI',
    request: 'a plain-text request over ASGI',
    description:
      'An async Django view under Django’s ASGI handler, against bare Flask behind asgiref’s WsgiToAsgi, which runs each request in a thread.',
    interface: 'asgi',
    sides: both('django-default', 'flask-bare', '/plaintext', '/async/plaintext'),
  },
  {
    id: 'asgi-plaintext-sync',
    label: 'Plain text over ASGI, sync view',
    request: 'a plain-text request over ASGI',
    names: { django: 'Django with a sync view' },
    description:
      'The default project’s sync view under Django’s ASGI handler, which runs the view in the request’s thread through sync_to_async besides the middleware’s hops, against bare Flask behind WsgiToAsgi.',
    interface: 'asgi',
    sides: both('django-default', 'flask-bare', '/plaintext'),
  },
  {
    id: 'asgi-plaintext-lean',
    label: 'Plain text over ASGI, lean Django',
    request: 'a plain-text request over ASGI',
    names: { django: 'Django with only its security and common middleware' },
    description:
      'The async view with Django reduced to the security and common middleware, so two middleware hop to a thread instead of seven, against bare Flask behind WsgiToAsgi.',
    interface: 'asgi',
    sides: both('django-api', 'flask-bare', '/plaintext', '/async/plaintext'),
  },
  {
    id: 'asgi-query',
    queries: true,
    label: 'One query over ASGI',
    request: 'a one-query request over ASGI',
    description:
      'The single query from an async Django view through the ORM’s async API (aget), against Flask-SQLAlchemy behind WsgiToAsgi.',
    interface: 'asgi',
    sides: both('django-default', 'flask-orm', '/query', '/async/query'),
  },
];

/** Gunicorn worker set-ups of the HTTP part: the same for both twins. */
export const SERVER_KINDS = [
  { id: 'sync', label: 'Gunicorn sync workers', interface: 'wsgi', args: ['--worker-class', 'sync'] },
  {
    id: 'gthread',
    label: 'Gunicorn gthread workers, 4 threads each',
    interface: 'wsgi',
    args: ['--worker-class', 'gthread', '--threads', '4'],
  },
  { id: 'asgi', label: 'Gunicorn’s own asgi workers', interface: 'asgi', args: ['--worker-class', 'asgi'] },
] as const;

export type ServerKindId = (typeof SERVER_KINDS)[number]['id'];

/** The scenarios loaded over HTTP, under every server kind whose interface they use. */
export const HTTP_SCENARIOS = ['plaintext', 'query', 'asgi-plaintext', 'asgi-query'] as const;

export function appVariant(id: string): AppVariant {
  const found = APP_VARIANTS.find((variant) => variant.id === id);
  if (!found) throw new Error(`unknown app variant "${id}"`);
  return found;
}

export function scenario(id: string): Scenario {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`unknown scenario "${id}"`);
  return found;
}

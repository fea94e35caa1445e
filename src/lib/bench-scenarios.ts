/**
 * What the framework benchmark measures (`npm run bench:frameworks`): the server variants of
 * each twin app in content/bench/ and the scenarios run against them. The harness writes each
 * scenario's id, label and description into the results file, so the performance chapter
 * shows the same words the harness used.
 */
import type { Framework } from './vocabulary.ts';

/** A way of serving one twin app; each variant runs as its own Gunicorn server. */
export interface ServerVariant {
  id: string;
  framework: Framework;
  label: string;
  /** Environment that selects the variant inside the app. */
  env: Record<string, string>;
}

export const SERVER_VARIANTS = [
  {
    id: 'django-default',
    framework: 'django',
    label: 'Django, default middleware',
    env: { DJANGO_SETTINGS_MODULE: 'benchsite.settings' },
  },
  {
    id: 'django-api',
    framework: 'django',
    label: 'Django, API middleware only',
    env: { DJANGO_SETTINGS_MODULE: 'benchsite.settings_api' },
  },
  { id: 'flask-bare', framework: 'flask', label: 'Flask, bare', env: { BENCH_FLASK_VARIANT: 'bare' } },
  {
    id: 'flask-extensions',
    framework: 'flask',
    label: 'Flask with sessions, CSRF and login',
    env: { BENCH_FLASK_VARIANT: 'extensions' },
  },
] as const satisfies readonly ServerVariant[];

export type ServerVariantId = (typeof SERVER_VARIANTS)[number]['id'];

export interface Scenario {
  id: string;
  label: string;
  description: string;
  /** Request path, the same on both twins. */
  path: string;
  /** Which server variant of each framework serves the scenario. */
  servers: Record<Framework, ServerVariantId>;
}

const OUT_OF_THE_BOX = { django: 'django-default', flask: 'flask-bare' } as const;

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'plaintext',
    label: 'Plain text',
    description: 'A 13-byte text response: the framework’s own per-request cost, out of the box.',
    path: '/plaintext',
    servers: OUT_OF_THE_BOX,
  },
  {
    id: 'json',
    label: 'JSON',
    description: 'A small object serialised to JSON.',
    path: '/json',
    servers: OUT_OF_THE_BOX,
  },
  {
    id: 'template',
    label: 'Template, 20 rows',
    description: 'A page extending a base template, with a table of 20 rows held in memory (Django templates against Jinja).',
    path: '/template',
    servers: OUT_OF_THE_BOX,
  },
  {
    id: 'query',
    label: 'One ORM query',
    description: 'One row fetched by a random primary key through the ORM (Django ORM against Flask-SQLAlchemy) and returned as JSON.',
    path: '/query',
    servers: OUT_OF_THE_BOX,
  },
  {
    id: 'related-naive',
    label: '20 related rows, naive (N+1)',
    description: '20 posts and each post’s author, loaded lazily: 21 queries.',
    path: '/related/naive',
    servers: OUT_OF_THE_BOX,
  },
  {
    id: 'related-fixed',
    label: '20 related rows, joined',
    description: 'The same page with select_related or joinedload: one query.',
    path: '/related/fixed',
    servers: OUT_OF_THE_BOX,
  },
  {
    id: 'plaintext-lean',
    label: 'Plain text, lean stacks',
    description: 'The plain-text response with Django reduced to the middleware an API keeps (security, common) against bare Flask.',
    path: '/plaintext',
    servers: { django: 'django-api', flask: 'flask-bare' },
  },
  {
    id: 'session-user',
    label: 'Session and user check',
    description:
      'A view that asks whether the visitor is signed in: Django’s default middleware against Flask with sessions, CSRF (Flask-WTF) and login (Flask-Login).',
    path: '/user',
    servers: { django: 'django-default', flask: 'flask-extensions' },
  },
];

export function serverVariant(id: ServerVariantId): ServerVariant {
  const found = SERVER_VARIANTS.find((variant) => variant.id === id);
  if (!found) throw new Error(`unknown server variant "${id}"`);
  return found;
}

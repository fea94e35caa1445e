/**
 * Queries readers type, each with the page section that answers it: the relevance suite
 * (tests/browser/search-relevance.spec.ts) checks that search lands there, and the search
 * benchmark (src/search/bench-search.ts) times them. Every query must be one a reader would
 * type; an expected section may only change when a better one for the reader exists.
 */
/** [what a reader types, where it should land]. */
export const READER_QUERIES: readonly (readonly [query: string, expected: string])[] = [
  // Topics
  ['orm', '/guide/data-layer/#djangos-orm'],
  ['database migrations', '/guide/data-layer/#migrations'],
  ['django admin', '/guide/data-layer/#the-admin'],
  ['blueprints', '/guide/project-structure/#blueprints-and-the-application-factory'],
  ['routing', '/guide/web-layer/#routing'],
  ['user authentication', '/guide/security-and-auth/#authentication-and-permissions'],
  ['rest api', '/guide/apis-and-async/#rest-apis'],
  ['hello world', '/guide/side-by-side-code/#hello-world'],
  ['template inheritance', '/guide/side-by-side-code/#template-inheritance'],
  ['csrf protection', '/guide/security-and-auth/#csrf'],
  ['sql injection', '/guide/security-and-auth/#sql-injection'],
  ['password hashing', '/guide/security-and-auth/#password-hashing'],
  ['websockets', '/guide/apis-and-async/#websockets-channels-and-flask-socketio'],
  ['background tasks', '/guide/apis-and-async/#background-tasks'],
  ['caching', '/guide/tooling/#caching'],
  ['unit testing', '/guide/tooling/#testing'],
  ['nosql mongodb', '/guide/data-layer/#nosql-databases'],
  ['learning curve', '/guide/learning-curve/#learning-curve'],
  ['type hints', '/guide/alternatives-and-migration/#type-hints'],
  ['long term support', '/guide/teams-and-maintenance/#djangos-release-policy'],
  // Features, extensions and tools by name
  ['django rest framework', '/guide/apis-and-async/#django-rest-framework'],
  ['django ninja', '/guide/apis-and-async/#django-ninja'],
  ['flask-login', '/guide/security-and-auth/#flask-flask-login-and-what-it-leaves-out'],
  ['flask login', '/guide/security-and-auth/#flask-flask-login-and-what-it-leaves-out'],
  ['flask-sqlalchemy', '/guide/data-layer/#sqlalchemy-via-flask-sqlalchemy'],
  ['flask-wtf', '/guide/web-layer/#flask-wtf-and-wtforms'],
  ['celery', '/guide/apis-and-async/#celery-rq-and-dramatiq-for-either-framework'],
  ['jwt', '/guide/apis-and-async/#token-authentication-with-jwt'],
  ['jinja2', '/guide/web-layer/#django-can-use-jinja2'],
  ['werkzeug', '/guide/glossary/#term-werkzeug'],
  ['wsgi', '/guide/philosophy-and-architecture/#wsgi-and-asgi'],
  ['htmx', '/guide/alternatives-and-migration/#htmx'],
  ['fastapi', '/guide/alternatives-and-migration/#fastapi-is-now-the-third-option'],
  ['quart', '/guide/alternatives-and-migration/#flask-to-quart'],
  ['pytest', '/guide/tooling/#flask-with-pytest'],
  ['debug toolbar', '/guide/tooling/#django-debug-toolbar-and-friends'],
  // Companies
  ['instagram', '/guide/use-cases/#who-uses-django'],
  ['netflix', '/guide/use-cases/#who-uses-flask'],
  ['reddit', '/guide/use-cases/#who-uses-flask'],
  ['which companies use django', '/guide/use-cases/#who-uses-django'],
  // Questions
  ['which is faster', '/guide/myths/#one-framework-is-simply-faster'],
  ['is django better than flask', '/guide/faq/#faq-is-django-better'],
  ['is flask good for large projects', '/guide/teams-and-maintenance/#project-size'],
  ['which is easier for beginners', '/guide/when-to-choose/#which-is-easier-for-a-beginner'],
  ['can i use jinja with django', '/guide/faq/#faq-jinja-with-django'],
  ['does flask support async', '/guide/faq/#faq-flask-async'],
  ['migrate from flask to django', '/guide/alternatives-and-migration/#flask-to-django-data-and-accounts'],
  ['what is a blueprint', '/guide/glossary/#term-blueprint'],
  ['current django lts', '/guide/faq/#faq-django-lts'],
  // Readers' words the guide does not use (content/synonyms.yaml)
  ['admin panel', '/guide/data-layer/#the-admin'],
  ['background jobs', '/guide/apis-and-async/#background-tasks'],
  ['hosting', '/guide/deployment/'],
  ['folder structure', '/compare/#row-project-layout'],
  // FAQ entries, each its own result
  ['is flask still maintained', '/guide/faq/#faq-flask-maintained'],
  ['which has better security', '/guide/faq/#faq-security'],
  ['can flask handle large applications', '/guide/faq/#faq-large-applications'],
  ['is flask-restful still maintained', '/guide/faq/#faq-flask-restful-maintained'],
  // Glossary terms and pros and cons, each its own result
  ['what is an application factory', '/guide/glossary/#term-application-factory'],
  ['clickjacking', '/guide/security-and-auth/#clickjacking'],
  // Practitioners' topics the articles leave out (deployment chapter and gap sections)
  ['deployment', '/guide/deployment/'],
  ['gunicorn workers', '/guide/deployment/#servers'],
  ['whitenoise static files', '/guide/deployment/#static-and-media-files'],
  ['proxyfix', '/guide/deployment/#behind-a-proxy'],
  ['connection pooling', '/guide/deployment/#database-connections-and-pooling'],
  ['zero downtime migrations', '/guide/deployment/#zero-downtime-migrations'],
  ['internationalisation', '/guide/web-layer/#internationalisation'],
  ['flask-babel', '/guide/web-layer/#internationalisation'],
  ['flask-admin', '/guide/data-layer/#flasks-counterpart'],
  ['flask-appbuilder', '/guide/data-layer/#flasks-counterpart'],
  ['django admin theme', '/guide/data-layer/#admin-themes'],
  ['apiflask', '/guide/apis-and-async/#apiflask-and-flask-openapi3'],
  ['graphql', '/guide/apis-and-async/#graphql'],
  ['cors', '/guide/apis-and-async/#cors'],
  ['rate limiting', '/guide/security-and-auth/#rate-limiting'],
  ['two-factor authentication', '/guide/security-and-auth/#two-factor-authentication'],
  ['secret key rotation', '/guide/security-and-auth/#rotating-the-secret-key'],
  ['django-q2', '/guide/apis-and-async/#django-q2-and-django-tasks'],
  ['server-sent events', '/guide/apis-and-async/#plain-websockets-and-server-sent-events'],
  ['htmx vary header', '/guide/alternatives-and-migration/#htmx-done-right'],
  ['pytest-flask', '/guide/tooling/#test-helpers'],
  ['factory_boy', '/guide/tooling/#test-helpers'],
  ['django-upgrade', '/guide/teams-and-maintenance/#upgrade-tooling'],
  // The practitioner's questions: API stacks, ASGI, runtime and tooling, upgrades, security operations
  ['drf vs django ninja', '/guide/apis-and-async/#api-stack-head-to-head'],
  ['is django rest framework feature complete', '/guide/apis-and-async/#api-stack-head-to-head'],
  ['gunicorn asgi worker', '/guide/deployment/#asgi-in-practice'],
  ['sync_to_async thread pool', '/guide/deployment/#asgi-in-practice'],
  ['conn_max_age asgi', '/guide/deployment/#asgi-in-practice'],
  ['free-threaded python', '/guide/tooling/#free-threaded-python'],
  ['which python version does django support', '/guide/tooling/#python-versions'],
  ['uv lock file', '/guide/tooling/#environments-and-locked-dependencies'],
  ['ruff mypy pyright', '/guide/tooling/#linting-formatting-and-type-checking'],
  ['upgrade from django 5.2', '/guide/teams-and-maintenance/#from-django-5-2-lts'],
  ['werkzeug 3 broke extensions', '/guide/teams-and-maintenance/#flask-and-werkzeug-breaking-releases'],
  ['security advisories', '/guide/security-and-auth/#security-operations'],
  ['how django announces security releases', '/guide/security-and-auth/#announcing-fixes'],
  ['pip-audit', '/guide/security-and-auth/#supply-chain'],
  // Questions as readers phrase them: "can I use … with …", "… for beginners", a tool's own name,
  // a term spelled out; each lands on the section devoted to it, not a chapter that mentions it
  ['can i use celery with django', '/guide/apis-and-async/#celery-rq-and-dramatiq-for-either-framework'],
  ['celery with flask', '/guide/apis-and-async/#celery-rq-and-dramatiq-for-either-framework'],
  ['can i use sqlalchemy with flask', '/guide/data-layer/#sqlalchemy-via-flask-sqlalchemy'],
  ['can i use htmx with django', '/guide/alternatives-and-migration/#htmx'],
  ['flask for beginners', '/guide/when-to-choose/#which-is-easier-for-a-beginner'],
  ['django for beginners', '/guide/when-to-choose/#which-is-easier-for-a-beginner'],
  ['docker', '/guide/deployment/#containers-platforms-and-serverless'],
  ['dockerfile', '/guide/deployment/#containers-platforms-and-serverless'],
  ['docker compose', '/guide/deployment/#containers-platforms-and-serverless'],
  ['kubernetes', '/guide/deployment/#containers-platforms-and-serverless'],
  ['asynchronous views', '/guide/apis-and-async/#async-and-real-time'],
  ['async views', '/guide/apis-and-async/#async-and-real-time'],
];

/**
 * Queries that name a section's topic: that section must be the first result (or the first
 * section listed under it), ahead of records that merely mention the words.
 */
export const FIRST_PLACE_QUERIES: readonly (readonly [query: string, expected: string])[] = [
  ['csrf', '/guide/security-and-auth/#csrf'],
  ['which is faster', '/guide/performance/'],
  ['admin', '/guide/data-layer/#the-admin'],
  ['the admin', '/guide/data-layer/#the-admin'],
];

/**
 * Misspellings readers type, each with the word it stands for: on /search/ the intended word's
 * results must show, at once or one click on the suggestion.
 */
export const TYPO_QUERIES: readonly (readonly [typed: string, meant: string])[] = [
  ['djnago', 'django'],
  ['flaks', 'flask'],
  ['celry', 'celery'],
  ['sqlalchmey', 'sqlalchemy'],
];

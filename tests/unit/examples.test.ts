import { describe, expect, it } from 'vitest';
import {
  checkedLine,
  exampleText,
  extractRegion,
  parseExampleMeta,
  parseLock,
  parseManifest,
  readLines,
} from '../../src/examples/examples.ts';

const SOURCE = [
  'import os',
  '',
  '# region: outer',
  'def create_app():',
  '    app = object()',
  '    # region: inner',
  '    register(app)',
  '    # endregion',
  '    return app',
  '# endregion',
  '',
  '# region: other',
  'x = 1',
  '# endregion',
].join('\n');

describe('parseExampleMeta', () => {
  it('reads the path, project, regions and note of a fence', () => {
    expect(parseExampleMeta('example="flask-shop/shop/views.py#bp,reviews" note="excerpt"')).toEqual({
      path: 'flask-shop/shop/views.py',
      project: 'flask-shop',
      regions: ['bp', 'reviews'],
      note: 'excerpt',
      packages: [],
      testedWith: undefined,
    });
    expect(parseExampleMeta('example="a/b.py" with="celery redis"')?.packages).toEqual(['celery', 'redis']);
    expect(parseExampleMeta('example="a/b.py" tested-with="celery"')?.testedWith).toEqual(['celery']);
    expect(parseExampleMeta('example="flask-hello/hello.py"')?.regions).toEqual([]);
  });

  it('ignores fences without an example and rejects a malformed or escaping path', () => {
    expect(parseExampleMeta(undefined)).toBeUndefined();
    expect(parseExampleMeta('title="x"')).toBeUndefined();
    expect(() => parseExampleMeta('example="hello.py"')).toThrow(/<project>\/<path inside it>/);
    expect(() => parseExampleMeta('example="a/../../etc/passwd"')).toThrow(/<project>/);
    expect(() => parseExampleMeta('example="a/b.py#"')).not.toThrow();
    expect(() => parseExampleMeta('example="a/b.py#x,,y"')).toThrow();
  });
});

describe('extractRegion and exampleText', () => {
  it('shows the whole file without marker lines', () => {
    expect(extractRegion(SOURCE, undefined)).not.toMatch(/region/);
    expect(extractRegion(SOURCE, undefined).split('\n')[0]).toBe('import os');
  });

  it('takes a region up to its own endregion, past nested ones, and dedents it', () => {
    expect(extractRegion(SOURCE, 'outer')).toBe('def create_app():\n    app = object()\n    register(app)\n    return app');
    expect(extractRegion(SOURCE, 'inner')).toBe('register(app)');
  });

  it('joins several regions with two blank lines', () => {
    expect(exampleText(SOURCE, ['inner', 'other'])).toBe('register(app)\n\n\nx = 1');
  });

  it('names a missing, unclosed or empty region', () => {
    expect(() => extractRegion(SOURCE, 'nope')).toThrow('no "# region: nope" marker');
    expect(() => extractRegion('# region: a\nx = 1\n', 'a')).toThrow('region "a" has no "# endregion"');
    expect(() => extractRegion('# region: a\n\n# endregion\n', 'a')).toThrow('region "a" is empty');
  });
});

describe('the lock files and the checked line', () => {
  const lts = parseLock('# header\n# python: 3.11\nDjango==5.2.19\nFlask==3.1.3\nflask_sqlalchemy==3.1.1\n');
  const current = parseLock('# python: 3.13\nDjango==6.1.3\nFlask==3.1.3\nFlask-SQLAlchemy==3.1.1\n');
  const lines = [
    { id: '5.2', lock: lts },
    { id: '6.1', lock: current },
  ];

  it('parses exact pins under normalised names and the Python version', () => {
    expect(lts.python).toBe('3.11');
    expect(lts.versions.get('flask-sqlalchemy')).toBe('3.1.1');
    expect(() => parseLock('# python: 3.11\nDjango>=5.2\n')).toThrow('"Django>=5.2" is not an exact pin');
    expect(() => parseLock('Django==5.2.19\n')).toThrow('no "# python: X.Y" line');
  });

  it("names each line's versions and Python, once when the versions agree, and why a line was skipped", () => {
    const { lineIds, projects } = parseManifest({
      lines: ['5.2', '6.1'],
      projects: [
        { id: 'django-blog', tested_with: ['Django', 'Flask-SQLAlchemy'] },
        { id: 'flask-blog', tested_with: ['Flask'] },
        { id: 'django-6', tested_with: ['Django'], only: { lines: ['6.1'], because: 'new APIs' } },
      ],
    });
    const [django, flask, later] = projects;
    expect(lineIds).toEqual(['5.2', '6.1']);
    expect(checkedLine(django!, lines)).toBe(
      'Tested with Django 5.2.19 on Python 3.11 and Django 6.1.3 on Python 3.13, with Flask-SQLAlchemy 3.1.1 on both',
    );
    expect(checkedLine(django!, lines, ['Flask'])).toBe(
      'Tested with Django 5.2.19 on Python 3.11 and Django 6.1.3 on Python 3.13, with Flask-SQLAlchemy 3.1.1 and Flask 3.1.3 on both',
    );
    expect(checkedLine(flask!, lines)).toBe('Tested with Flask 3.1.3 on Python 3.11 and 3.13');
    expect(checkedLine(flask!, lines, ['flask_sqlalchemy'])).toBe(
      'Tested with Flask 3.1.3, flask_sqlalchemy 3.1.1 on Python 3.11 and 3.13',
    );
    expect(checkedLine(later!, lines)).toBe('Tested with Django 6.1.3 on Python 3.13 (not on 5.2: new APIs)');
    expect(() => checkedLine({ id: 'x', testedWith: ['Pyramid'], lines: ['5.2'], onlyBecause: undefined }, lines)).toThrow(
      'Pyramid is not in requirements-5.2.lock',
    );
  });

  it('names only the reasons of the file or regions a block shows, and fails on a block with none', () => {
    const [project] = parseManifest({
      lines: ['5.2', '6.1'],
      projects: [
        {
          id: 'django-6',
          tested_with: ['Django'],
          only: {
            lines: ['6.1'],
            because: {
              'config/settings.py#csp': 'the built-in CSP is new in Django 6.0',
              'config/settings.py#tasks': 'background tasks are new in Django 6.0',
              'orders/tasks.py': 'background tasks are new in Django 6.0',
            },
          },
        },
      ],
    }).projects;
    const label = (file: string, regions: string[]) => checkedLine(project!, lines, [], { file, regions });
    expect(label('config/settings.py', ['csp-import', 'csp'])).toBe(
      'Tested with Django 6.1.3 on Python 3.13 (not on 5.2: the built-in CSP is new in Django 6.0)',
    );
    expect(label('orders/tasks.py', [])).toBe(
      'Tested with Django 6.1.3 on Python 3.13 (not on 5.2: background tasks are new in Django 6.0)',
    );
    expect(label('config/settings.py', ['tasks', 'csp'])).toBe(
      'Tested with Django 6.1.3 on Python 3.13 (not on 5.2: the built-in CSP is new in Django 6.0; background tasks are new in Django 6.0)',
    );
    expect(() => label('orders/views.py', [])).toThrow(
      'django-6/orders/views.py runs on 6.1 only: add "orders/views.py" to its only.because',
    );
    expect(() => label('config/settings.py', ['secrets'])).toThrow('add "config/settings.py#secrets"');
  });

  it("reads every line's lock file, naming the file of a bad one", () => {
    const files: Record<string, string> = {
      'requirements-5.2.lock': '# python: 3.11\nDjango==5.2.19\n',
      'requirements-6.1.lock': 'Django==6.1.3\n',
    };
    expect(readLines(['5.2'], (file) => files[file]!)[0]!.lock.python).toBe('3.11');
    expect(() => readLines(['5.2', '6.1'], (file) => files[file]!)).toThrow(
      'content/examples/requirements-6.1.lock: no "# python: X.Y" line',
    );
  });

  it('rejects a manifest without lines, an entry without packages, or a partial entry without its reason, naming the field', () => {
    const lines = ['5.2', '6.1'];
    expect(() => parseManifest({ projects: [] })).toThrow('lines: expected a list of release lines');
    expect(() => parseManifest({ lines, projects: [{ id: 'x' }] })).toThrow('projects[0].tested_with');
    expect(() =>
      parseManifest({ lines, projects: [{ id: 'x', tested_with: ['Django'], only: { lines: ['6.1'], because: ' ' } }] }),
    ).toThrow('projects[0].only.because');
    expect(() =>
      parseManifest({
        lines,
        projects: [{ id: 'x', tested_with: ['Django'], only: { lines: ['6.1'], because: { 'x.py, y.py': 'why' } } }],
      }),
    ).toThrow('projects[0].only.because: expected the reason as text, or a mapping');
    expect(() => parseManifest({ lines, projects: [{ id: 'x', tested_with: ['Django'], only: { lines, because: 'all' } }] })).toThrow(
      'projects[0].only.lines: expected some, not all',
    );
    expect(() =>
      parseManifest({ lines, projects: [{ id: 'x', tested_with: ['Django'], only: { lines: ['4.2'], because: 'old' } }] }),
    ).toThrow('projects[0].only.lines');
    expect(() => parseManifest({ lines })).toThrow('projects: expected a list');
  });
});

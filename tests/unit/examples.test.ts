import { describe, expect, it } from 'vitest';
import { checkedLine, exampleText, extractRegion, parseExampleMeta, parseLock, parseProjects } from '../../src/lib/examples.ts';

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
    });
    expect(parseExampleMeta('example="a/b.py" with="celery redis"')?.packages).toEqual(['celery', 'redis']);
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

describe('the lock file and the checked line', () => {
  const lock = parseLock('# header\n# python: 3.11\nDjango==5.2.19\nflask_sqlalchemy==3.1.1\n');

  it('parses exact pins under normalised names and the Python version', () => {
    expect(lock.python).toBe('3.11');
    expect(lock.versions.get('flask-sqlalchemy')).toBe('3.1.1');
    expect(() => parseLock('# python: 3.11\nDjango>=5.2\n')).toThrow('"Django>=5.2" is not an exact pin');
    expect(() => parseLock('Django==5.2.19\n')).toThrow('no "# python: X.Y" line');
  });

  it('says which locked versions an example was tested with, or why it was not run', () => {
    const [django, later] = parseProjects({
      projects: [
        { id: 'django-blog', tested_with: ['Django', 'Flask-SQLAlchemy'] },
        { id: 'django-6', not_executed: 'needs Django 6' },
      ],
    });
    expect(checkedLine(django!, lock)).toBe('Tested with Django 5.2.19, Flask-SQLAlchemy 3.1.1, Python 3.11');
    expect(checkedLine(later!, lock)).toBe('Not executed: needs Django 6');
    expect(checkedLine(django!, lock, ['flask_sqlalchemy'])).toBe(
      'Tested with Django 5.2.19, Flask-SQLAlchemy 3.1.1, flask_sqlalchemy 3.1.1, Python 3.11',
    );
    expect(() => checkedLine({ id: 'x', testedWith: ['Pyramid'], notExecuted: undefined }, lock)).toThrow(
      'Pyramid is not in requirements.lock',
    );
  });

  it('rejects a manifest entry without packages or with an empty reason, naming the field', () => {
    expect(() => parseProjects({ projects: [{ id: 'x' }] })).toThrow('projects[0].tested_with');
    expect(() => parseProjects({ projects: [{ id: 'x', not_executed: ' ' }] })).toThrow('projects[0].not_executed');
    expect(() => parseProjects({})).toThrow('projects: expected a list');
  });
});

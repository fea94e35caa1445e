import { describe, expect, it } from 'vitest';
import { countEdges, formatEdgeCounts, groupByCategory, selectRows } from '../../src/guide/comparison';
import { categoryFilterSearch, parseCategoryFilter } from '../../src/guide/category-filter';
import type { ComparisonRow } from '../../src/content/content-schemas';
import { categoryAnchor, rowAnchor } from '../../src/site/anchors';

type Row = Pick<ComparisonRow, 'id' | 'category' | 'edge'> & { featured?: boolean };

// Deliberately out of category order, as rows may be in the YAML file.
const rows: Row[] = [
  { id: 'orm', category: 'data', edge: 'depends' },
  { id: 'routing', category: 'architecture', edge: 'tie', featured: true },
  { id: 'migrations', category: 'data', edge: 'django' },
  { id: 'admin', category: 'data', edge: 'django', featured: true },
  { id: 'memory', category: 'performance', edge: 'flask' },
];
const ids = (list: readonly Row[]) => list.map((row) => row.id);

describe('labels', () => {
  it('give rows and categories their fragment ids', () => {
    expect(rowAnchor('orm')).toBe('row-orm');
    expect(categoryAnchor('data')).toBe('category-data');
  });
});

describe('selectRows', () => {
  it('selects all rows by default, without sharing the input array', () => {
    const all = selectRows(rows, {});
    expect(ids(all)).toEqual(ids(rows));
    expect(all).not.toBe(rows);
  });
  it('selects one category in file order', () => {
    expect(ids(selectRows(rows, { category: 'data' }))).toEqual(['orm', 'migrations', 'admin']);
    expect(selectRows(rows, { category: 'security' })).toEqual([]);
  });
  it('selects ids in the order given, once each, split like <Cite s>', () => {
    expect(ids(selectRows(rows, { ids: 'admin  orm,routing admin' }))).toEqual(['admin', 'orm', 'routing']);
  });
  it('selects the featured rows in file order', () => {
    expect(ids(selectRows(rows, { featured: true }))).toEqual(['routing', 'admin']);
  });
  it('fails the build on an author mistake', () => {
    expect(() => selectRows(rows, { featured: true, category: 'data' })).toThrow(/without category or ids/);
    expect(() => selectRows(rows, { category: 'database' })).toThrow(/unknown category "database"/);
    expect(() => selectRows(rows, { ids: 'orm nope' })).toThrow(/unknown comparison row id "nope"/);
    expect(() => selectRows(rows, { ids: ' , ' })).toThrow(/empty/);
    expect(() => selectRows(rows, { category: 'data', ids: 'orm' })).toThrow(/not both/);
  });
});

describe('edge summaries', () => {
  it('count rows per edge, including zeros', () => {
    expect(countEdges(rows)).toEqual({ django: 2, flask: 1, tie: 1, depends: 1 });
    expect(countEdges([])).toEqual({ django: 0, flask: 0, tie: 0, depends: 0 });
  });
  it('format the non-zero counts in the fixed edge order', () => {
    expect(formatEdgeCounts({ django: 2, flask: 0, tie: 1, depends: 3 })).toBe('Django 2, Tie 1, Depends 3');
    expect(formatEdgeCounts(countEdges([]))).toBe('');
  });
});

describe('groupByCategory', () => {
  it('follows the fixed category order, drops empty categories and counts edges per category', () => {
    const groups = groupByCategory(rows);
    expect(groups.map((group) => [group.category, group.label, ids(group.rows)])).toEqual([
      ['architecture', 'Architecture', ['routing']],
      ['data', 'Data and admin', ['orm', 'migrations', 'admin']],
      ['performance', 'Performance', ['memory']],
    ]);
    expect(groups[1]?.edges).toEqual({ django: 2, flask: 0, tie: 0, depends: 1 });
  });
  it('returns nothing for no rows', () => {
    expect(groupByCategory([])).toEqual([]);
  });
});

describe('category filter in the URL', () => {
  const known = ['architecture', 'data', 'security'] as const;

  it('reads a known category', () => {
    expect(parseCategoryFilter('?category=data', known)).toBe('data');
    expect(parseCategoryFilter('category=security&utm_source=x', known)).toBe('security');
    expect(parseCategoryFilter('?category=%20Data%20', known)).toBe('data');
  });
  it('means the whole table when the parameter is missing or empty', () => {
    expect(parseCategoryFilter('', known)).toBeUndefined();
    expect(parseCategoryFilter('?', known)).toBeUndefined();
    expect(parseCategoryFilter('?category=', known)).toBeUndefined();
    expect(parseCategoryFilter('?categories=data', known)).toBeUndefined();
  });
  it('ignores unknown and hostile values', () => {
    for (const value of [
      'operations', // a real category, but not one this table has
      '<script>alert(1)</script>',
      '%3Cscript%3E',
      'javascript:alert(1)',
      'data<script>',
      'data%00',
      '%E0%A4%A', // malformed percent-encoding
      '__proto__',
      'constructor',
      'toString',
      'd'.repeat(10_000),
      `data${' '.repeat(10_000)}`,
    ]) {
      expect(parseCategoryFilter(`?category=${value}`, known), value.slice(0, 40)).toBeUndefined();
    }
    expect(parseCategoryFilter(`?${'x'.repeat(10_000)}=1&category=data`, known)).toBe('data');
  });
  it('lets only the first of repeated parameters count', () => {
    expect(parseCategoryFilter('?category=data&category=security', known)).toBe('data');
    expect(parseCategoryFilter('?category=<script>&category=data', known)).toBeUndefined();
  });

  it('writes the category into the query, keeping other parameters', () => {
    expect(categoryFilterSearch('', 'data')).toBe('?category=data');
    expect(categoryFilterSearch('?category=security', 'data')).toBe('?category=data');
    expect(categoryFilterSearch('?ref=mail&category=a&category=b', 'data')).toBe('?ref=mail&category=data');
  });
  it('removes the parameter for the whole table', () => {
    expect(categoryFilterSearch('?category=data', undefined)).toBe('');
    expect(categoryFilterSearch('?category=data&ref=mail', undefined)).toBe('?ref=mail');
  });
  it('round-trips every category', () => {
    for (const category of known) expect(parseCategoryFilter(categoryFilterSearch('', category), known)).toBe(category);
  });
});

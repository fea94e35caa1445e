import { defineMdastPlugin, type Custom } from 'satteri';
import { parse as parseYaml } from 'yaml';
import {
  checkedLine,
  exampleText as regionsText,
  parseExampleMeta,
  parseManifest,
  readLines,
  type ExampleLine,
  type ExampleProject,
  type ExampleRef,
} from './examples.ts';

/** Path inside content/examples/ → the file's text: the `examples` collection (src/content/examples-loader.ts). */
export type ExampleFiles = Readonly<Record<string, string>>;

function exampleText(files: ExampleFiles, name: string): string {
  const text = files[name];
  if (text === undefined) throw new Error('no such file');
  return text;
}

/** The manifest and the lock files, parsed once per set of files (they change far less often than chapters). */
const setups = new WeakMap<ExampleFiles, { projects: Map<string, ExampleProject>; lines: ExampleLine[] }>();
function loadSetup(files: ExampleFiles) {
  const known = setups.get(files);
  if (known) return known;
  const step = <T>(file: string, read: () => T): T => {
    try {
      return read();
    } catch (error) {
      throw new Error(`content/examples/${file}: ${(error as Error).message}`, { cause: error });
    }
  };
  const read = (name: string) => step(name, () => exampleText(files, name));
  const { lineIds, projects } = step('examples.yaml', () => parseManifest(parseYaml(read('examples.yaml'))));
  const lines = readLines(lineIds, read);
  // Fail on a wrong package name even before a page uses the project.
  for (const project of projects) step('examples.yaml', () => checkedLine(project, lines));
  const setup = { projects: new Map(projects.map((project) => [project.id, project])), lines };
  setups.set(files, setup);
  return setup;
}

/** What an example block shows: the file's name inside its project, which releases ran it, and the code. */
export interface ExampleBlock {
  ref: ExampleRef;
  project: ExampleProject;
  file: string;
  checked: string;
  code: string;
}

/**
 * Reads the file (or regions) a ```lang example="…"``` block names; undefined for a block without
 * `example`. Shared by the Markdown plugin below and the chapters' Markdown twins
 * (src/export/markdown-twins.ts), so both show the same code and the same "Tested with" line.
 */
export function exampleBlock(meta: string | null | undefined, value: string, files: ExampleFiles): ExampleBlock | undefined {
  const ref = parseExampleMeta(meta);
  if (!ref) return undefined;
  if (value.trim() !== '') throw new Error(`example="${ref.path}": leave the block empty, the file supplies the code`);
  const { projects, lines } = loadSetup(files);
  const project = projects.get(ref.project);
  if (!project) throw new Error(`content/examples/${ref.path}: project "${ref.project}" is not listed in content/examples/examples.yaml`);
  const source = files[ref.path];
  if (source === undefined) throw new Error(`content/examples/${ref.path}: no such file`);
  let code: string;
  try {
    code = regionsText(source, ref.regions);
  } catch (error) {
    throw new Error(`content/examples/${ref.path}: ${(error as Error).message}`, { cause: error });
  }
  const file = ref.path.slice(ref.project.length + 1);
  return {
    ref,
    project,
    file,
    checked: checkedLine(ref.testedWith ? { ...project, testedWith: ref.testedWith } : project, lines, ref.packages, {
      file,
      regions: ref.regions,
    }),
    code,
  };
}

/**
 * Fills a fenced block such as ```python example="django-blog/blog/views.py#index"``` (its body
 * left empty) with that file, or that `# region:` of it, from content/examples/, so the page
 * shows the code the Python suite runs and nothing is pasted twice. It runs on the Markdown tree,
 * before Prism highlights and the other plugins add copy buttons and focus: the block stays an
 * ordinary code block. A wrapper names the file (data-example) and the release lines that ran it
 * (data-example-lines), and a line above the code says which releases those were.
 * A missing project, file or region fails the build, naming the chapter and the path. `files`
 * gives the example files as the `examples` collection loaded them (astro.config.mjs takes them
 * from the content gate, which every loader hands its files).
 */
export const exampleCode = (files: () => ExampleFiles | undefined) =>
  defineMdastPlugin({
    name: 'example-code',
    code(node, ctx) {
      const chapter = ctx.fileURL?.pathname.replace(/^.*\/(content\/)/, '$1') ?? 'a Markdown file';
      let wrapper: Custom;
      try {
        // Before the examples collection has loaded (no build does that), every example is missing.
        const block = exampleBlock(node.meta, node.value, files() ?? {});
        if (!block) return;
        const { ref, project, file, checked, code } = block;
        wrapper = {
          type: 'example',
          data: {
            hName: 'div',
            hProperties: {
              className: ['example'],
              dataExample: `content/examples/${ref.path}${ref.regions.length ? `#${ref.regions.join(',')}` : ''}`,
              // The lines whose suites ran this file, e.g. "5.2 6.1"; the site test reads the label against it.
              dataExampleLines: project.lines.join(' '),
            },
          },
          children: [
            {
              type: 'exampleSource',
              data: { hName: 'p', hProperties: { className: ['example-source'] } },
              children: [
                { type: 'inlineCode', value: file },
                ...(ref.note ? [{ type: 'text' as const, value: ` (${ref.note})` }] : []),
                // The label is a line of its own only through CSS; the space keeps text browsers from running it into the note.
                { type: 'text', value: ' ' },
                {
                  type: 'exampleChecked',
                  data: { hName: 'span', hProperties: { className: ['example-checked'] } },
                  children: [{ type: 'text', value: checked }],
                },
              ],
            },
            { type: 'code', lang: node.lang, value: code },
          ],
        };
      } catch (error) {
        throw new Error(`${chapter}: ${(error as Error).message}`, { cause: error });
      }
      ctx.replaceNode(node, wrapper);
    },
  });

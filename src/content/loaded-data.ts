/**
 * How a data file enters the build once: its collection's loader reads it and parses it, then
 * hands the result to the integrations that check content across files (the content gate,
 * src/checks/content-gate.ts), so nothing reads or validates a data file a second time. The
 * loaders run in the module copy Vite loads for src/content.config.ts, the gate in the one
 * astro.config.mjs loads; the resolved Astro config, which every loader is given, holds every
 * integration's hooks, so the gate offers a hook of its own (Astro lets integrations add custom
 * hooks beside its `astro:` ones) and the hand-over needs no process-wide state.
 */
import type { AstroConfig } from 'astro';
import { ContentError, type ContentProblem } from '../site/content-errors.ts';
import { decodeUtf8, notUtf8Problem } from './content-files.ts';

/** One data file as its loader read it. */
export interface LoadedDataFile {
  /** The collection it became. */
  collection: string;
  /** Path from the project root, e.g. "content/faq.yaml". */
  file: string;
  /** The file's text (checks of typed counts and dates read it); empty when it does not decode. */
  text: string;
  /** What the parse gave (a list of entries, or one document); undefined when the file has problems. */
  value?: unknown;
  /** What stops the file, each naming the file, the entry and the field. */
  problems: readonly ContentProblem[];
}

/** The custom hook an integration offers to take each data file as loaded. */
export const DATA_LOADED_HOOK = 'content:data-loaded';

/**
 * Called at every load of a data file, in `astro build` and `astro dev`. Returns true when the
 * integration reports the file's problems itself (the build's gate gathers them so one failing
 * run names every broken file); the loader then leaves its collection as it was instead of failing.
 */
export type DataLoadedHook = (loaded: LoadedDataFile) => boolean;

/** The data-loaded hooks of the resolved config's integrations. */
function dataLoadedHooks(config: AstroConfig): DataLoadedHook[] {
  return config.integrations.flatMap(({ hooks }) => {
    const hook = hooks[DATA_LOADED_HOOK];
    return typeof hook === 'function' ? [hook as DataLoadedHook] : [];
  });
}

/**
 * Decodes and parses a data file's bytes: `parse` turns the text into the file's value or throws
 * a ContentError. Bytes that are not UTF-8 are named by their line, before any parser sees them.
 */
export function loadDataFile(collection: string, file: string, bytes: Uint8Array, parse: (text: string) => unknown): LoadedDataFile {
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded)) {
    return { collection, file, text: '', problems: [notUtf8Problem(file, decoded.badLine)] };
  }
  try {
    return { collection, file, text: decoded.text, value: parse(decoded.text), problems: [] };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { collection, file, text: decoded.text, problems: error.problems };
  }
}

/**
 * Hands a loaded file to the integrations' data-loaded hooks and returns its value for the collection's store, or
 * undefined when the file has problems a hook reports; with problems no hook takes, it
 * throws them (a loader used without the gate still fails, naming the file).
 */
export function handOver(config: AstroConfig, loaded: LoadedDataFile): unknown {
  const taken = dataLoadedHooks(config)
    .map((hook) => hook(loaded))
    .some(Boolean);
  if (loaded.problems.length === 0) return loaded.value;
  if (taken) return undefined;
  throw new ContentError(loaded.problems);
}

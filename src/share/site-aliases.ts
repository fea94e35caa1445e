/**
 * The site's aliases (content/aliases.yaml), read and checked once per build by the content
 * check (src/checks/content-gate.ts), which hands them over as a virtual module.
 */
import type { Aliases } from './aliases';
import checked from 'virtual:site-aliases';

export const aliases: Aliases = checked;

/**
 * The site's aliases (content/aliases.yaml), read and checked once per build by the content
 * check (src/integrations/content-gate.ts), which hands them over as a virtual module.
 */
import type { Aliases } from '../lib/aliases';
import checked from 'virtual:site-aliases';

export const aliases: Aliases = checked;

/**
 * Adds every page and fragment of the current build (dist/) to the anchor registry,
 * content/anchors.json. Never removes one: a published link stays published; when a page or
 * fragment goes away, give it an alias in content/aliases.yaml instead.
 * Usage: npm run build && npm run anchors:update
 */
import { existsSync } from 'node:fs';
import { builtPages } from '../../tests/helpers/dist.ts';
import { mergeRegistry, readRegistry, REGISTRY_FILE, writeRegistry, type Registry } from '../../tests/helpers/anchors.ts';

const current: Registry = existsSync(REGISTRY_FILE) ? readRegistry() : {};
const { registry, added } = mergeRegistry(current, builtPages());
writeRegistry(registry);
const fragments = Object.values(registry).reduce((sum, ids) => sum + ids.length, 0);
console.log(`anchor registry: ${Object.keys(registry).length} pages, ${fragments} fragments; ${added.length} added`);
for (const entry of added.slice(0, 50)) console.log(`  + ${entry}`);
if (added.length > 50) console.log(`  … and ${added.length - 50} more`);

/**
 * Schema of the facts registry, content/facts.yaml: every figure on the site that can go stale
 * (versions and their dates, support windows, Python requirements, extension releases,
 * popularity figures, advisory counts). Each field's description is the documentation for
 * authors.
 */
import { z } from 'astro/zod';
import { idSchema } from './content-schemas.ts';

/** A real calendar day written YYYY-MM-DD (YAML would otherwise turn 2026-02-30 into 2 March). */
const isoDaySchema = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: 'must be a real calendar day written YYYY-MM-DD',
  });

/** A figure as the page shows it; YAML may read "6.1" as a number, so numbers become text. */
const factValueSchema = z.union([z.string(), z.number()]).transform(String).pipe(z.string().min(1));

export const factSchema = z.object({
  id: idSchema.describe('How chapters and data refer to the figure: <Fact id="django-latest" /> or {{fact:django-latest}}.'),
  label: z.string().min(3).describe('What the figure is, in a few words; shown as the tooltip and by facts:check.'),
  value: factValueSchema.describe('The figure exactly as the page shows it, e.g. "6.1.3", "3.12 to 3.14", "about 88K".'),
  date: isoDaySchema.optional().describe('The day the figure refers to (a release date, an end of support), YYYY-MM-DD.'),
  package: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a PyPI project name')
    .optional()
    .describe('PyPI project whose newest release this value is; `npm run facts:check` compares them.'),
  series: z
    .string()
    .regex(/^\d+\.\d+$/, 'must be a feature line such as "5.2"')
    .optional()
    .describe('With `package`: compare against the newest release of this feature line instead of the newest overall.'),
  names: z
    .array(z.string().min(2))
    .min(1)
    .optional()
    .describe(
      'With `package`: how prose names it ("Django REST framework", "DRF"); a date typed next to one of these fails the build. Defaults to `package`.',
    ),
  checked: isoDaySchema.describe('The day a person last confirmed the figure against its source, YYYY-MM-DD.'),
  source: z.array(idSchema).min(1).describe('Ids in content/sources.yaml that back the figure.'),
  // --- added by travel: earlier values, for /changes/ and its feed ---
  history: z
    .array(
      z.object({
        value: factValueSchema.describe('The value the site showed before, exactly as it showed it.'),
        date: isoDaySchema.optional().describe('The day that earlier value referred to (its release date), YYYY-MM-DD.'),
        until: isoDaySchema.describe('The day the registry replaced it with the next value: the date of the change on /changes/.'),
      }),
    )
    .default([])
    .describe('Earlier values, oldest first; on a refresh, add the old value here with the day it was replaced.'),
});

export type Fact = z.output<typeof factSchema>;

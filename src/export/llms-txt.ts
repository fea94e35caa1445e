/**
 * /llms.txt in the shape the llmstxt.org proposal gives it: an H1 with the site's name, a
 * blockquote summary, a paragraph of notes, then H2 sections listing links, each
 * `- [name](url): description`. A section named "Optional" holds what a tool may skip. Pure.
 */
export interface LlmsLink {
  title: string;
  url: string;
  description: string;
}

export interface LlmsSection {
  name: string;
  links: readonly LlmsLink[];
}

/** Keeps link text and descriptions on one line, and brackets from closing the link early. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();
const linkText = (value: string) => oneLine(value).replace(/[[\]]/g, (bracket) => `\\${bracket}`);

export function llmsTxt({
  title,
  summary,
  notes,
  sections,
}: {
  title: string;
  summary: string;
  notes: string;
  sections: readonly LlmsSection[];
}): string {
  const parts = [`# ${oneLine(title)}`, `> ${oneLine(summary)}`, oneLine(notes)];
  for (const { name, links } of sections) {
    if (links.length === 0) continue;
    parts.push(
      `## ${oneLine(name)}`,
      links.map(({ title: text, url, description }) => `- [${linkText(text)}](${url}): ${oneLine(description)}`).join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

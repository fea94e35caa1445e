/** Fragment ids of data-driven items. Published ids must never change (see the anchor registry). */
export const faqAnchor = (id: string) => `faq-${id}`;
export const termAnchor = (id: string) => `term-${id}`;
export const rowAnchor = (id: string) => `row-${id}`;
export const proConAnchor = (framework: string, kind: string, id: string) => `${framework}-${kind}-${id}`;
export const categoryAnchor = (category: string) => `category-${category}`;

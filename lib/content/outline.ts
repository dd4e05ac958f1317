import GithubSlugger from 'github-slugger';

/** Removes Markdown/MDX syntax from a line or block, leaving readable text. */
export function plainText(md: string): string {
  return md
    .replace(/<[^>]+>/g, ' ')                   // JSX / HTML tags
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')  // links and images
    .replace(/[*_`>#|]/g, '')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function body(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

/**
 * The `##` headings of an MDX guide with the ids rehype-slug gives them (same slugger),
 * for the "On this page" list.
 */
export function outline(source: string): Array<{ id: string; text: string }> {
  const slugger = new GithubSlugger();
  const out: Array<{ id: string; text: string }> = [];
  let inCode = false;
  for (const line of body(source).split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const m = !inCode && /^(#{1,6})\s+(.+?)\s*#*$/.exec(line);
    if (!m) continue;
    const text = plainText(m[2] ?? '');
    const id = slugger.slug(text);
    if (m[1] === '##') out.push({ id, text });
  }
  return out;
}

/** Question (`###`) and answer pairs, for FAQPage structured data. */
export function faqEntries(source: string): Array<{ question: string; answer: string }> {
  const out: Array<{ question: string; answer: string }> = [];
  let current: { question: string; lines: string[] } | null = null;
  const flush = () => {
    if (current) out.push({ question: current.question, answer: plainText(current.lines.join('\n')) });
    current = null;
  };
  for (const line of body(source).split('\n')) {
    const h = /^(#{1,6})\s+(.+)$/.exec(line);
    if (h) {
      flush();
      if (h[1] === '###') current = { question: plainText(h[2] ?? ''), lines: [] };
      continue;
    }
    current?.lines.push(line);
  }
  flush();
  return out.filter((e) => e.answer.length > 0);
}

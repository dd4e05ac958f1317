/** The public hotlines a result mentions: medical insurance, tax (payments), HR and social security. */
export const HOTLINES = [
  { number: '12393', key: 'medical' },
  { number: '12366', key: 'tax' },
  { number: '12333', key: 'hr' },
] as const;

/** Other public service numbers the site names (the footer): government services. */
const OTHER_NUMBERS = ['12345'];

// The numbers are those above, stated once.
const PHONE = new RegExp(`(?<!\\d)(${[...HOTLINES.map((h) => h.number), ...OTHER_NUMBERS].join('|')})(?!\\d)`);

/**
 * A sentence with every public service number in it turned into a tel: link (one tap to call), on
 * every page that names one (the footer, the result). The link is a 48 px tall target, for older
 * readers, without spreading the lines of its sentence: its padding is taken back by a negative
 * margin, so it takes no more room in the line than the number itself.
 */
export function WithPhones({ text }: { text: string }) {
  const parts = text.split(PHONE);
  if (parts.length === 1) return <>{text}</>;
  // split() with a capturing group puts the numbers at the odd indexes.
  return <>{parts.map((p, i) => (i % 2 === 1 ? <Tel key={i}>{p}</Tel> : p))}</>;
}

/**
 * One phone number as a tel: link (the same link WithPhones makes). Guides write it in their MDX as
 * `<Tel>12393</Tel>` (mdx-components.tsx); tests/content/phones.test.ts finds any number left bare.
 * The number is dialled as written less its spaces and dashes ("010-12345678" dials 01012345678).
 */
export function Tel({ children }: { children: string }) {
  const number = String(children).trim();
  return <a href={`tel:${number.replace(/[\s-]/g, '')}`} className="-my-3 inline-block whitespace-nowrap px-1 py-3">{number}</a>;
}

/** The public hotlines a result mentions: medical insurance, tax (payments), HR and social security. */
export const HOTLINES = [
  { number: '12393', key: 'medical' },
  { number: '12366', key: 'tax' },
  { number: '12333', key: 'hr' },
] as const;

// The numbers are those above, stated once.
const PHONE = new RegExp(`(?<!\\d)(${HOTLINES.map((h) => h.number).join('|')})(?!\\d)`);

/** A sentence with every hotline number in it turned into a tel: link (one tap to call). */
export function WithPhones({ text }: { text: string }) {
  const parts = text.split(PHONE);
  if (parts.length === 1) return <>{text}</>;
  // split() with a capturing group puts the numbers at the odd indexes.
  return <>{parts.map((p, i) => (i % 2 === 1 ? <a key={i} href={`tel:${p}`} className="whitespace-nowrap">{p}</a> : p))}</>;
}

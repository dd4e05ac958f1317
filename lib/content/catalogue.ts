// The guide topics, G1–G17. A slug is a public URL: never rename one.
// A topic is linked only once its MDX exists in both locales (see lib/content/guides.ts).
export const guideCatalogue = [
  { slug: 'which-scheme', topic: 'G1' },
  { slug: 'employee-insurance', topic: 'G2' },
  { slug: 'flexible-workers', topic: 'G3' },
  { slug: 'resident-insurance', topic: 'G4' },
  { slug: 'special-groups', topic: 'G5' },
  { slug: 'retirement', topic: 'G6' },
  { slug: 'lapses-and-waiting-periods', topic: 'G7' },
  { slug: 'missed-payment', topic: 'G8' },
  { slug: 'digital-credential-and-card', topic: 'G9' },
  { slug: 'changing-details', topic: 'G10' },
  { slug: 'moving-and-care-elsewhere', topic: 'G11' },
  { slug: 'checking-records', topic: 'G12' },
  { slug: 'family-sharing', topic: 'G13' },
  { slug: 'staying-safe', topic: 'G14' },
  { slug: 'acting-for-someone', topic: 'G15' },
  { slug: 'faq', topic: 'G16' },
  { slug: 'refunds', topic: 'G17' },
] as const;

export type GuideSlug = (typeof guideCatalogue)[number]['slug'];
export const guideSlugs = guideCatalogue.map((g) => g.slug) as readonly GuideSlug[];

// Who a guide is for; the guide index groups guides by these.
export const audiences = ['everyone', 'employee', 'self-employed', 'family', 'student', 'older', 'helper'] as const;
export type Audience = (typeof audiences)[number];

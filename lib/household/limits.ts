/**
 * The household link's limits, on their own so that a page's script can read them without the
 * rules library (the people editor loads that only when someone starts to answer).
 */
export const MAX_PEOPLE = 10;
/** Longest label kept, in characters (code points). */
export const MAX_LABEL = 12;

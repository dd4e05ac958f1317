/**
 * A message's `{name}` placeholders filled in, for words the server sends to the people editor as
 * plain strings (its script carries no message library). Unknown names are left as they are.
 */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

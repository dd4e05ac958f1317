/** Class names for the site's two button looks, used by <button>s and button-like links alike. */
export const primaryButton =
  'inline-flex min-h-12 items-center gap-2 rounded-md bg-brand px-6 text-lg font-bold text-white no-underline hover:bg-brand-dark hover:text-white';
export const secondaryButton =
  'inline-flex min-h-12 items-center rounded-md border-2 border-brand bg-white px-4 font-semibold text-brand hover:bg-brand-light';

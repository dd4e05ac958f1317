// Types for scripts/og-image.mjs (imported by tests/components/metadata.test.ts).
export declare const LOCALES: string[];
export declare const WIDTH: number;
export declare const HEIGHT: number;
export declare function ogWords(locale: string): { name: string; title: string; notGov: string };
export declare function ogFingerprint(locale: string): string;

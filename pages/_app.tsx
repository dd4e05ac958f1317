import type { AppProps } from 'next/app';
import '@/app/globals.css';

// The Pages Router renders one page, the check's result (pages/[locale]/check/result.tsx; why:
// docs/decisions/0006-result-pipeline.md), with the same style sheet as every other page.
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}

import type { ReactNode } from 'react';
import './globals.css';

// The <html> element lives in app/[locale]/layout.tsx so that `lang` is right for each locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}

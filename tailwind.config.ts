import type { Config } from 'tailwindcss';

// Wired into Tailwind 4 through `@config "../tailwind.config.ts"` in app/globals.css.
// Colours are chosen for WCAG AA contrast on white (brand 7.0:1, muted text 7.4:1).
export default {
  content: ['./app/**/*.{ts,tsx,mdx}', './components/**/*.{ts,tsx}', './content/**/*.mdx', './mdx-components.tsx'],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: '#0f5132', dark: '#0a3622', light: '#e7f3ee' },
        ink: { DEFAULT: '#1b1f23', muted: '#414a53' },
        warn: { DEFAULT: '#7a4b00', light: '#fff4dc' },
      },
      fontFamily: {
        // System fonts only: no web fonts, nothing fetched from other hosts.
        sans: [
          '-apple-system', 'BlinkMacSystemFont', '"Segoe UI"', '"PingFang SC"', '"Hiragino Sans GB"',
          '"Noto Sans CJK SC"', '"Source Han Sans SC"', '"Microsoft YaHei"', '"WenQuanYi Micro Hei"', 'sans-serif',
        ],
      },
      maxWidth: { prose: '42rem' },
    },
  },
} satisfies Config;

import Link from 'next/link';

// Shown for paths outside any locale that the proxy does not redirect (e.g. /missing.txt).
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="mx-auto max-w-prose p-6">
        <main>
          <h1 className="text-2xl">找不到这个页面 <span lang="en">/ Page not found</span></h1>
          <p className="my-4">
            <Link href="/zh-CN" prefetch={false}>返回首页</Link> · <Link href="/en" lang="en" prefetch={false}>Go to the home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}

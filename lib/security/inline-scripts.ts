import { createHash } from 'node:crypto';

/**
 * The only scripts the check's pages run: small inline enhancements, allowed by the hash of their
 * exact text in the Content-Security-Policy (proxy.ts), never Next's runtime (the standalone server
 * removes it from these pages: scripts/postbuild/document-response.mjs, which keeps exactly the
 * inline scripts whose hash the page's policy lists).
 *
 * Without JavaScript the page is complete: the result's link is shown in full, and the buttons
 * these scripts drive stay `hidden`, so nothing is shown that would do nothing. Each script checks
 * that the browser can do the thing before it shows the button.
 *
 * Plain ES5, no `<` (it sits inside a <script> element as it is), a few hundred bytes.
 */

/**
 * The result's share tools (components/wizard/result/Share.tsx): "copy link" (Clipboard API, only in a
 * secure context; it copies `#share-tools[data-text]`, a short line with the link, "医保参保检查结果：<link>"), the phone's share sheet (Web Share API) and "print". Reads the link from
 * `#share-tools[data-url]` and the status words from `#share-status[data-copied][data-failed]`;
 * hides `#print-hint` (use the browser's own Print) once the print button is there.
 */
export const SHARE_SCRIPT =
  '(function(){var t=document.getElementById("share-tools");if(!t)return;' +
  'var u=t.getAttribute("data-url"),s=document.getElementById("share-status"),n=navigator,w=window;' +
  'function on(k,ok,f){var b=t.querySelector("[data-"+k+"]");if(b&&ok){b.hidden=false;b.addEventListener("click",f)}}' +
  'on("copy",n.clipboard&&w.isSecureContext,function(){n.clipboard.writeText(t.getAttribute("data-text")||u).then(function(){s.textContent=s.getAttribute("data-copied")},function(){s.textContent=s.getAttribute("data-failed")})});' +
  'on("share",typeof n.share=="function",function(){n.share({title:document.title,url:u}).catch(function(){})});' +
  'on("print",typeof w.print=="function",function(){w.print()});' +
  'var h=document.getElementById("print-hint");if(h&&typeof w.print=="function")h.hidden=true})()';

/** Every inline script a page of this site may run. */
export const INLINE_SCRIPTS = [SHARE_SCRIPT] as const;

/** A CSP hash source for a script's exact text: `'sha256-…'`. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of INLINE_SCRIPTS, for `script-src`. */
export const INLINE_SCRIPT_HASHES: readonly string[] = INLINE_SCRIPTS.map(scriptHash);

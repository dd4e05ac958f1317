import { createHash } from 'node:crypto';
import care from './care-script.json' with { type: 'json' };

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

/**
 * Care mode (关怀模式, docs/care-mode.md), in the header of every page (components/layout/SiteHeader.tsx),
 * before anything of the page is drawn: if the browser's own storage (localStorage "yibao-care") says
 * so, it puts `care` on <html> (app/globals.css styles `html.care`, and shows the link's label
 * "leave care mode" instead: the script changes no text, so React's pages hydrate as rendered). A
 * click on the header's link (`#care-link`) turns the mode on or off and remembers it in that
 * storage, nowhere else; arriving with `#care` in the address (the link's own href, used without
 * JavaScript) turns it on and takes `#care` out of the address (query string kept).
 * The text lives in care-script.json so that scripts/postbuild/strip-prerendered.mjs can keep exactly
 * this script in the prerendered pages, whose CSP allows only its hash (PRERENDERED_SCRIPT_HASHES).
 */
export const CARE_SCRIPT: string = care.script;

/**
 * Read the to-do aloud (components/wizard/result/Todo.tsx): the button `#todo-speak` stays `hidden`
 * unless the browser has speech synthesis and a voice in the page's language (`data-lang`: zh-CN
 * wants a zh-CN/zh-Hans voice, en an English one; voices may arrive late, on `voiceschanged`). A
 * click reads the text of `#<data-for>`; a second click while it speaks stops it (`data-stop` is
 * the label meanwhile).
 */
export const READ_ALOUD_SCRIPT =
  '(function(){var b=document.getElementById("todo-speak"),w=window,S=w.speechSynthesis,U=w.SpeechSynthesisUtterance;' +
  'if(!b||!S||typeof U!="function")return;' +
  'var l=b.getAttribute("data-lang"),r=l=="en"?/^en/i:/^(zh[-_](cn|hans)|cmn[-_]hans)/i,' +
  's=document.getElementById(b.getAttribute("data-for")),g=b.getAttribute("data-stop"),t=b.textContent;' +
  'function voice(){var v=S.getVoices()||[],i;for(i=0;i!=v.length;i++)if(r.test(v[i].lang||""))return v[i];return null}' +
  'function ready(){if(s&&voice())b.hidden=false}' +
  'ready();if(S.addEventListener)S.addEventListener("voiceschanged",ready);' +
  'b.addEventListener("click",function(){if(S.speaking){S.cancel();b.textContent=t;return}' +
  'var u=new U(s.innerText||s.textContent);u.lang=l;u.voice=voice();u.rate=0.9;' +
  'u.onend=u.onerror=function(){b.textContent=t};b.textContent=g;S.speak(u)})})()';

/** Every inline script a page of this site may run. */
export const INLINE_SCRIPTS = [SHARE_SCRIPT, CARE_SCRIPT, READ_ALOUD_SCRIPT] as const;

/** A CSP hash source for a script's exact text: `'sha256-…'`. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of INLINE_SCRIPTS, for `script-src`. */
export const INLINE_SCRIPT_HASHES: readonly string[] = INLINE_SCRIPTS.map(scriptHash);

/**
 * The prerendered pages (home, guides, the check's start page, sources…) run one script only, the
 * care mode's: their CSP is `script-src` with its hash alone (proxy.ts).
 */
export const PRERENDERED_SCRIPT_HASHES: readonly string[] = [scriptHash(CARE_SCRIPT)];

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// @ts-expect-error -- a build step in plain JavaScript, without types
import { careScript, stripRuntime } from '../../scripts/postbuild/strip-prerendered.mjs';
import { CARE_SCRIPT, INLINE_SCRIPT_HASHES, PRERENDERED_SCRIPT_HASHES, READ_ALOUD_SCRIPT, scriptHash } from '@/lib/security/inline-scripts';
import { contentSecurityPolicy } from '@/lib/security/headers';

// Care mode (docs/care-mode.md): the header's script and the to-do's read-aloud button.

const run = (script: string) => new Function(script)();

describe('the care script is allowed where it runs, and kept by the build', () => {
  it('is the same text in the app and in the build step, with no "<", allowed on every page by its hash', () => {
    expect(careScript()).toBe(CARE_SCRIPT);
    for (const s of [CARE_SCRIPT, READ_ALOUD_SCRIPT]) {
      expect(s).not.toContain('<');
      expect(INLINE_SCRIPT_HASHES).toContain(scriptHash(s));
    }
    // Prerendered pages allow the care script and nothing else.
    expect(PRERENDERED_SCRIPT_HASHES).toEqual([scriptHash(CARE_SCRIPT)]);
    expect(contentSecurityPolicy({ hashes: PRERENDERED_SCRIPT_HASHES })).toContain(`script-src ${scriptHash(CARE_SCRIPT)};`);
  });

  it('the prerendered pages keep the care script and lose every other', () => {
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><header><script>${CARE_SCRIPT}</script></header>` +
      `<script>self.__next_f.push([1,"x"])</script><script>${READ_ALOUD_SCRIPT}</script></body></html>`;
    const out: string = stripRuntime(html, { keep: (c: string) => c === careScript() });
    expect(out).toContain(`<script>${CARE_SCRIPT}</script>`);
    expect(out.match(/<script/g)).toHaveLength(1);
  });
});

describe('the care script in a page', () => {
  // Each run stands for a new page: the listeners a run added go with its page.
  const added: Array<[string, EventListenerOrEventListenerObject]> = [];
  const add = document.addEventListener.bind(document);
  afterEach(() => {
    for (const [type, f] of added.splice(0)) document.removeEventListener(type, f);
  });
  beforeEach(() => {
    vi.spyOn(document, 'addEventListener').mockImplementation((type: string, f: EventListenerOrEventListenerObject) => {
      added.push([type, f]);
      add(type, f);
    });
    localStorage.clear();
    document.documentElement.className = '';
    document.body.innerHTML = '<header><a id="care-link" href="#care"><span>关怀模式</span></a></header><main><p>x</p></main>';
    history.replaceState(null, '', '/zh-CN/check/result?r=1&a=30');
  });

  it('without a stored choice, leaves the page as it is', () => {
    run(CARE_SCRIPT);
    expect(document.documentElement.classList.contains('care')).toBe(false);
  });

  it('turns the mode on and off from the link, remembers it in localStorage only, and the address is unchanged', () => {
    run(CARE_SCRIPT);
    const link = document.getElementById('care-link')!;
    link.querySelector('span')!.click(); // a click on the label inside the link
    expect(document.documentElement.classList.contains('care')).toBe(true);
    expect(localStorage.getItem('yibao-care')).toBe('1');
    expect(location.pathname + location.search + location.hash).toBe('/zh-CN/check/result?r=1&a=30');
    // The next page reads it before it draws anything.
    for (const [type, f] of added.splice(0)) document.removeEventListener(type, f);
    document.documentElement.className = '';
    run(CARE_SCRIPT);
    expect(document.documentElement.classList.contains('care')).toBe(true);
    link.click();
    expect(document.documentElement.classList.contains('care')).toBe(false);
    expect(localStorage.getItem('yibao-care')).toBeNull();
    expect(document.cookie).toBe('');
  });

  it('arriving with #care (the link without script) turns it on and takes #care out, keeping the query', () => {
    history.replaceState(null, '', '/zh-CN/check/result?r=1&a=30#care');
    run(CARE_SCRIPT);
    expect(document.documentElement.classList.contains('care')).toBe(true);
    expect(location.href).toMatch(/\/zh-CN\/check\/result\?r=1&a=30$/);
  });

  it('still switches the page when the storage refuses (private modes)', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new Error('QuotaExceededError'); });
    run(CARE_SCRIPT);
    document.getElementById('care-link')!.click();
    expect(document.documentElement.classList.contains('care')).toBe(true);
    spy.mockRestore();
  });
});

describe('reading the to-do aloud', () => {
  const spoken: Array<{ text: string; lang: string; voice: unknown }> = [];
  let voices: Array<{ lang: string; name: string }> = [];
  let onVoices: (() => void) | null = null;
  beforeEach(() => {
    spoken.length = 0;
    voices = [];
    onVoices = null;
    document.body.innerHTML = '<div id="todo-box"><p>参加什么：城乡居民医保</p></div>' +
      '<button type="button" id="todo-speak" hidden data-for="todo-box" data-lang="zh-CN" data-stop="停止朗读">朗读这一段</button>';
    class Utterance { text: string; lang = ''; voice: unknown = null; rate = 1; onend: (() => void) | null = null; onerror: (() => void) | null = null; constructor(t: string) { this.text = t; } }
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    vi.stubGlobal('speechSynthesis', {
      speaking: false,
      getVoices: () => voices,
      addEventListener: (_: string, f: () => void) => { onVoices = f; },
      speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice }),
      cancel: () => {},
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const button = () => document.getElementById('todo-speak') as HTMLButtonElement;

  it('stays hidden without speech synthesis, and without a voice in the page\'s language', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    run(READ_ALOUD_SCRIPT);
    expect(button().hidden).toBe(true);
    vi.unstubAllGlobals();
    vi.stubGlobal('speechSynthesis', { getVoices: () => [{ lang: 'en-US', name: 'x' }, { lang: 'zh-TW', name: 'y' }], addEventListener: () => {} });
    vi.stubGlobal('SpeechSynthesisUtterance', function U() {});
    run(READ_ALOUD_SCRIPT);
    expect(button().hidden).toBe(true);
  });

  it('shows once a zh-CN voice arrives, and reads the to-do in it', () => {
    run(READ_ALOUD_SCRIPT);
    expect(button().hidden).toBe(true);
    voices = [{ lang: 'en-US', name: 'e' }, { lang: 'zh_CN', name: 'z' }];
    onVoices!();
    expect(button().hidden).toBe(false);
    button().click();
    expect(spoken).toEqual([{ text: '参加什么：城乡居民医保', lang: 'zh-CN', voice: voices[1] }]);
    expect(button().textContent).toBe('停止朗读');
  });
});

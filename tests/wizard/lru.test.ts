import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { Lru } from '@/lib/lru';
import { qrCodeSvg } from '@/components/wizard/QrCode';

describe('Lru: what the server keeps between requests stays bounded', () => {
  it('keeps at most max entries, dropping the least recently used first', () => {
    const lru = new Lru<string, number>(3);
    for (const [i, k] of ['a', 'b', 'c'].entries()) lru.set(k, i);
    expect(lru.get('a')).toBe(0); // a is now the most recently used
    lru.set('d', 3);
    expect(lru.size).toBe(3);
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('a'), lru.get('c'), lru.get('d')]).toEqual([0, 2, 3]);
    for (let i = 0; i < 1000; i += 1) lru.set(`k${i}`, i);
    expect(lru.size).toBe(3);
  });

  it('makes a value once and keeps it (getOrMake)', () => {
    const lru = new Lru<string, object>(2);
    let made = 0;
    const make = () => ({ n: ++made });
    expect(lru.getOrMake('x', make)).toBe(lru.getOrMake('x', make));
    expect(made).toBe(1);
  });
});

describe('the QR code, kept by URL', () => {
  it('is the SVG the qrcode library makes, the same each time it is asked for', async () => {
    const url = 'https://example.org/zh-CN/check/result?v=1&w=self&r=beijing&a=40&s=not-working&h=local&g=none&c=none';
    const direct = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
    expect(await qrCodeSvg(url)).toBe(direct);
    expect(qrCodeSvg(url)).toBe(qrCodeSvg(url));
    expect(await qrCodeSvg(`${url}&x`)).not.toBe(direct);
  });
});

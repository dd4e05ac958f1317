import QRCode from 'qrcode';
import { Lru } from '@/lib/lru';

/**
 * The codes made lately, by URL: the poster's, the paper check's and a result asked for again
 * (another day, a HEAD, the other encoding) are not worked out again (choosing the mask alone tries
 * all eight). Bounded: a few hundred short SVGs.
 */
const made = new Lru<string, Promise<string>>(256);

/**
 * The QR code of `url` as SVG markup, made on the server: it shows without JavaScript and
 * prints sharply. Medium error correction survives a creased paper printout.
 */
export function qrCodeSvg(url: string): Promise<string> {
  return made.getOrMake(url, () => {
    const svg = QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
    // A failure is not kept: the next request tries again.
    svg.catch(() => made.delete(url));
    return svg;
  });
}

/** Renders markup from qrCodeSvg as an accessible inline image. */
export function QrCode({ svg, label, size = 144 }: { svg: string; label: string; size?: number }) {
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 33 33';
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={viewBox} shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg" dangerouslySetInnerHTML={{ __html: inner }} />
  );
}

import QRCode from 'qrcode';

/**
 * The QR code of `url` as SVG markup, made on the server: it shows without JavaScript and
 * prints sharply. Medium error correction survives a creased paper printout.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
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

import QRCode from 'qrcode';

/**
 * A QR code of `url`, rendered on the server as inline SVG: it shows without JavaScript and
 * prints sharply. Medium error correction survives a creased paper printout.
 */
export async function QrCode({ url, label, size = 144 }: { url: string; label: string; size?: number }) {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 33 33';
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={viewBox} shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg" dangerouslySetInnerHTML={{ __html: inner }} />
  );
}

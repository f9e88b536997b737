import type { APIRoute } from 'astro';
import { qrCodeSvg } from '../../lib/qr-code.ts';
import { qrCodeRouteParam, type QrKey } from '../../lib/urls.ts';
import { getQrCodes, qrCodeTarget } from '../../page-data/qr-codes.ts';

/** One SVG per QR code (qr/<language>/<page>.svg), drawn at build time. */
export async function getStaticPaths() {
  return (await getQrCodes()).map((key) => ({ params: { code: qrCodeRouteParam(key) }, props: { key } }));
}

export const GET: APIRoute = ({ props }) => {
  const address = qrCodeTarget((props as { key: QrKey }).key);
  return new Response(qrCodeSvg(address, `QR code: ${address}`), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

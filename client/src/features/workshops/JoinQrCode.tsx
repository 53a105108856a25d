import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { joinUrl } from './paths';

/**
 * The QR code of the join page with the code filled in, as SVG (sharp on a projector). The SVG
 * comes from the qrcode library built from our own URL, never from user text.
 */
export function JoinQrCode({ code, label }: { code: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void QRCode.toString(joinUrl(code), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((markup) => {
      if (!cancelled) setSvg(markup);
    });
    return () => {
      cancelled = true;
    };
  }, [code]);
  if (!svg) return null;
  return <div className="workshop-qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

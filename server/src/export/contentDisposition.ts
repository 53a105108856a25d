/**
 * `Content-Disposition: attachment` naming the file after the city, accents kept: browsers
 * read the RFC 5987 `filename*` (UTF-8, percent-encoded); the plain `filename` is an ASCII
 * fallback for the few that do not (Hódmezővásárhely -> Hodmezovasarhely).
 */
export function attachmentDisposition(baseName: string, extension: string): string {
  const fileName = `${baseName}.${extension}`;
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** Accents dropped (NFD, then combining marks removed); anything else outside a safe set becomes `_`. */
export function asciiFallback(fileName: string): string {
  return fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9 ._-]/g, '_');
}

/** Percent-encoding of RFC 5987 `value-chars`: encodeURIComponent leaves ' ( ) * which are not attr-chars. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

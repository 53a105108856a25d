import yazl from 'yazl';

/**
 * A ZIP of named files. yazl writes every entry name as UTF-8 with the language-encoding
 * flag (general purpose bit 11) set, so unzip tools show Hódmezővásárhely.pdf as named.
 */
export function zipFiles(files: readonly { name: string; body: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
  for (const file of files) zip.addBuffer(file.body, file.name);
  zip.end();
  return done;
}

/** A city's display name as a ZIP entry name: accents kept, path separators and controls replaced. */
export function zipEntryName(displayName: string, extension: string): string {
  const safe = displayName.replace(/[/\\\p{Cc}]/gu, '_').replace(/^\.+/, '_');
  return `${safe}.${extension}`;
}

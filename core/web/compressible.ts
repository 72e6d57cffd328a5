/** Which static files get precompressed variants, and when a variant is worth keeping. */

/** Text formats the site and admin serve; images, fonts and the search index's `.bin` shards are already compressed. */
export const COMPRESSIBLE_EXTENSIONS = ['html', 'css', 'js', 'mjs', 'json', 'svg', 'xml', 'txt', 'ico', 'webmanifest', 'map', 'vtt', 'csv', 'ttf'] as const;

const pattern = new RegExp(`\\.(${COMPRESSIBLE_EXTENSIONS.join('|')})$`, 'i');

/** True for a file whose name says it is worth trying to compress. */
export const isCompressible = (file: string): boolean => pattern.test(file);

/** Below this, headers and the extra lookup cost more than the bytes saved. */
export const MIN_COMPRESS_BYTES = 256;

/** A variant pays when it saves at least 10 % and 100 bytes over the raw file. */
export const compressionPays = (rawBytes: number, compressedBytes: number): boolean =>
  rawBytes >= MIN_COMPRESS_BYTES && compressedBytes <= rawBytes * 0.9 && rawBytes - compressedBytes >= 100;

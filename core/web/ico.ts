/** A Windows icon file (.ico) holding PNG images, one per size (read by every current browser). */
export function icoFromPngs(images: { size: number; data: Uint8Array }[]): Uint8Array {
  const header = 6 + 16 * images.length;
  const out = new Uint8Array(header + images.reduce((n, i) => n + i.data.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, images.length, true);
  let offset = header;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    // Width and height 256 are written as 0 by the format.
    out[entry] = size >= 256 ? 0 : size;
    out[entry + 1] = size >= 256 ? 0 : size;
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, data.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(data, offset);
    offset += data.length;
  });
  return out;
}

// Decodes `data:image/png;base64,…` synchronously. Only raster types: an SVG can carry script and recipients'
// clients treat it inconsistently, so it is not accepted as an inline part.
const RASTER = /^data:(image\/(?:png|jpe?g|gif|webp|bmp|avif));base64,([a-z0-9+/=\s]+)$/i;

export interface DecodedDataUrl {
  blob: Blob;
  bytes: Uint8Array;
  type: string;
}

export function dataUrlToBlob(src: string): DecodedDataUrl | null {
  const match = RASTER.exec(src.trim());
  if (!match?.[1] || !match[2]) return null;
  let binary: string;
  try {
    binary = atob(match[2].replace(/\s+/g, ''));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const type = match[1].toLowerCase().replace('image/jpg', 'image/jpeg');
  return { blob: new Blob([bytes], { type }), bytes, type };
}

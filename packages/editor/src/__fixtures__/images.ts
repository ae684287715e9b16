// Two distinct 1×1 PNGs, as base64 and as data: URIs.
export const PNG_A_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
export const PNG_B_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
export const PNG_A_DATA_URL = `data:image/png;base64,${PNG_A_BASE64}`;
export const PNG_B_DATA_URL = `data:image/png;base64,${PNG_B_BASE64}`;

export function pngFile(name = 'screenshot.png', base64 = PNG_A_BASE64): File {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], name, { type: 'image/png' });
}

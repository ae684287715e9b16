// C0 controls, DEL and C1 controls. In a header CR/LF would inject lines; none of them is ever legitimate there.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

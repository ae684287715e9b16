export function isRemoteUrl(src: string | null | undefined): src is string {
  return !!src && /^https?:\/\//i.test(src.trim());
}

// Test helper (imported by browser tests only, not exported): what of a rendered mail is outside its box.

/**
 * Elements of `root` (a shadow root or a container) whose box starts above or left of `host`'s box, where no
 * scrolling reaches them, or that paint over the page outside `host` (probed with elementFromPoint around it).
 * Returns a description of each escape; `[]` when everything stays inside.
 */
export function findEscapes(host: HTMLElement, root: ParentNode = host.shadowRoot ?? host): string[] {
  const box = host.getBoundingClientRect();
  const escapes: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.top < box.top - 0.5 || rect.left < box.left - 0.5) {
      escapes.push(`${element.localName} at ${Math.round(rect.left)},${Math.round(rect.top)} is above/left of the box`);
    }
  }
  // Points just outside the box on every side: nothing of the mail may be painted there.
  const probes: Array<[number, number]> = [];
  for (const f of [0.1, 0.5, 0.9]) {
    probes.push([box.left + box.width * f, box.top - 4], [box.left + box.width * f, box.bottom + 4]);
    probes.push([box.left - 4, box.top + box.height * f], [box.right + 4, box.top + box.height * f]);
  }
  probes.push([2, 2], [window.innerWidth - 2, window.innerHeight - 2]);
  for (const [x, y] of probes) {
    if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
    const hit = document.elementFromPoint(x, y);
    if (hit && (hit === host || host.contains(hit) || (root !== host.shadowRoot && root.contains(hit)))) {
      escapes.push(`the mail paints at ${Math.round(x)},${Math.round(y)}, outside its box`);
    }
  }
  return escapes;
}

// Stories only: elements that stick out of the window's box horizontally, or a window that scrolls sideways.
export function findOverflow(root: HTMLElement): string[] {
  const box = root.getBoundingClientRect();
  const problems: string[] = [];
  if (root.scrollWidth > root.clientWidth + 1)
    problems.push(`window scrolls: ${root.scrollWidth} > ${root.clientWidth}`);
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.left < box.left - 1 || rect.right > box.right + 1) {
      const label = element.getAttribute('aria-label') ?? element.className ?? element.tagName;
      problems.push(
        `${element.tagName.toLowerCase()} "${String(label).slice(0, 40)}" ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`,
      );
    }
  }
  return problems;
}

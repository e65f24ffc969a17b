/**
 * Runs in the page (bundled into the injected readers). Whether an element is
 * hidden from the user by display or visibility, zero opacity, a transparent
 * colour, a font too small to read, a clipped, collapsed or off-screen box, or
 * an ancestor that is: text a page hides this way never goes into a capture.
 * One check per element, remembered for the walk it serves.
 */
export function createHiddenCheck(): (element: Element | null) => boolean {
  const hiddenCache = new Map<Element, boolean>();
  const hidden = (element: Element | null): boolean => {
    if (!element) return false;
    const known = hiddenCache.get(element);
    if (known !== undefined) return known;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const clipped =
      /inset\((?:[5-9]\d|100)%|circle\(0/.test(style.clipPath) ||
      style.clip.replace(/\s/g, '') === 'rect(0px,0px,0px,0px)';
    const transparent = style.color === 'transparent' || /rgba\(.*,\s*0\)$/.test(style.color);
    const offScreen = rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0;
    const tiny = style.display !== 'contents' && (rect.width < 2 || rect.height < 2) && style.overflow !== 'visible';
    const result =
      !element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ||
      parseFloat(style.fontSize) < 4 ||
      transparent ||
      clipped ||
      offScreen ||
      tiny ||
      hidden(element.parentElement);
    hiddenCache.set(element, result);
    return result;
  };
  return hidden;
}

/** Laid out as a block (a line of its own), as the page shows it. */
export function isBlockDisplay(element: Element): boolean {
  return (
    /^(block|flex|grid|list-item|table|table-row|flow-root)$/.test(getComputedStyle(element).display) ||
    element.tagName === 'BR'
  );
}

import { useCallback, useRef } from "react";

/**
 * Keeps a CSS variable on the page at an element's height, so that what sticks below it (the filters under
 * the tab list) and what is scrolled to (a finding, by Volgende) are placed under it, whatever the text size.
 */
export function useStickyHeight<T extends HTMLElement>(
  variable: string
): (element: T | null) => void {
  const observer = useRef<ResizeObserver | undefined>(undefined);
  return useCallback(
    (element: T | null) => {
      observer.current?.disconnect();
      const root = document.documentElement;
      if (!element) {
        root.style.setProperty(variable, "0px");
        return;
      }
      const update = () =>
        root.style.setProperty(
          variable,
          getComputedStyle(element).position === "sticky" ? `${element.offsetHeight}px` : "0px"
        );
      update();
      if (typeof ResizeObserver !== "undefined") {
        observer.current = new ResizeObserver(update);
        observer.current.observe(element);
      }
    },
    [variable]
  );
}

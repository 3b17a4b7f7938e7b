/** jsdom has no layout: react-window measures rows with ResizeObserver, which jsdom lacks. */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

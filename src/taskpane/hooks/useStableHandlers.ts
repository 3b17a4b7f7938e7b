/**
 * Handlers whose identity never changes but which always call the latest render's functions.
 * The finding cards and the virtualized list are memoized: a new arrow function per render would
 * re-render every row on every action (react-window compares `rowProps` shallowly).
 */
import { useLayoutEffect, useMemo, useRef } from 'react';

type Handlers = Record<string, (...args: any[]) => unknown>;

export function useStableHandlers<T extends Handlers>(handlers: T): T {
  const latest = useRef(handlers);
  // Updated after render, before any event can fire: a handler never sees a half-rendered state.
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  return useMemo(() => {
    const stable: Handlers = {};
    for (const key of Object.keys(handlers)) stable[key] = (...args) => latest.current[key](...args);
    return stable as T;
    // The keys are fixed per call site; identities stay for the component's life.
  }, []);
}

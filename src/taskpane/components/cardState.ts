/**
 * What a finding card shows beyond its finding: its status, whether it is the current one, whether
 * an action is running. Each card reads its own piece from a store, so an action that changes one
 * finding re-renders that card alone, and the virtualized list (which lays the page out again after
 * each of its renders) does not render at all.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { FindingStatus } from '../session';

/** Where cards read their status and whether an action runs: the review session, or any store with these calls. */
export interface FindingStatusSource {
  subscribe(listener: () => void): () => void;
  status(findingId: string): FindingStatus | undefined;
  /** A document action is running: the cards' buttons are disabled meanwhile. */
  busy(): boolean;
}

/** The finding Next/Previous and the actions start from; set on focus and on navigation. */
export class CurrentFinding {
  private id: string | undefined;
  private listeners = new Set<() => void>();
  get = (): string | undefined => this.id;
  set(id: string | undefined): void {
    if (id === this.id) return;
    this.id = id;
    for (const l of this.listeners) l();
  }
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const NO_STATUS: FindingStatusSource = { subscribe: () => () => undefined, status: () => undefined, busy: () => false };

export const StatusSourceContext = createContext<FindingStatusSource>(NO_STATUS);
export const CurrentFindingContext = createContext<CurrentFinding>(new CurrentFinding());

export function useFindingStatus(findingId: string): FindingStatus | undefined {
  const source = useContext(StatusSourceContext);
  const read = () => source.status(findingId);
  return useSyncExternalStore(source.subscribe, read, read);
}

/** Read from the store, not a context: a context change walks the whole list's tree to find its readers. */
export function useBusy(): boolean {
  const source = useContext(StatusSourceContext);
  return useSyncExternalStore(source.subscribe, source.busy, source.busy);
}

export function useIsCurrent(findingId: string): boolean {
  const current = useContext(CurrentFindingContext);
  const read = () => current.get() === findingId;
  return useSyncExternalStore(current.subscribe, read, read);
}

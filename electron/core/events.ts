import type { EventName, EventOf } from '../../shared/contract';

type Listener = (event: EventName, payload: unknown) => void;

/** Fans core events out to whichever transport listens (IPC windows, SSE clients). */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  emit = <E extends EventName>(event: E, payload: EventOf<E>): void => {
    for (const listener of this.listeners) listener(event, payload);
  };

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

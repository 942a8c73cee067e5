import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';

/**
 * Aborts an element's pending data tasks when it leaves the page, so that its wait for a shared file ends (the
 * request itself is aborted only when no other element still waits for it: src/core/data/fetch-cache.ts), and runs
 * them again if it comes back. The abort waits one task turn: an element moved within the page (removed and added
 * in the same turn) keeps its requests.
 *
 * ```ts
 * private readonly detach = new AbortOnDisconnect(this, () => [this.loader]);
 * ```
 */
export class AbortOnDisconnect implements ReactiveController {
  /** @internal */ private timer: ReturnType<typeof setTimeout> | undefined;
  /** @internal */ private aborted: Task<readonly unknown[], unknown>[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly tasks: () => ReadonlyArray<Task<readonly unknown[], unknown> | Task<never, unknown>>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const pending = this.tasks().filter((t) => t.status === TaskStatus.PENDING) as Task<
        readonly unknown[],
        unknown
      >[];
      for (const t of pending) t.abort();
      this.aborted = pending;
    });
  }

  hostConnected(): void {
    clearTimeout(this.timer);
    const again = this.aborted;
    this.aborted = [];
    for (const t of again) void t.run();
  }
}

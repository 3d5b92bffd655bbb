/** Shared by the component tests: a fresh database and a mounted root per test, unmounted and removed after it. */
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import { ReportDb } from '@/utils/store/db';

export interface MountHooks {
  /** Runs before the database opens (e.g. resetting the fake browser). */
  before?: () => void;
  /** Fills the fresh database before the component mounts. */
  fill?: (db: ReportDb) => Promise<void>;
  /** Runs after the root is removed. */
  after?: () => void;
}

export function mountEach(name: string, set: (db: ReportDb, root: HTMLElement) => void, hooks: MountHooks = {}): void {
  let root: HTMLElement | undefined;
  beforeEach(async () => {
    hooks.before?.();
    const db = new ReportDb(`${name}-${Math.random()}`);
    await db.open();
    await hooks.fill?.(db);
    root = document.createElement('div');
    document.body.append(root);
    set(db, root);
  });
  afterEach(() => {
    if (root) {
      render(null, root);
      root.remove();
    }
    hooks.after?.();
  });
}

/** Shared by the component tests: a fresh database and a mounted root per test, unmounted and removed after it. */
import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
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

/** `mountEach`'s database and root, read through the object it returns (each test gets fresh ones). */
export function mounted(name: string, hooks: MountHooks = {}): { readonly db: ReportDb; readonly root: HTMLElement } {
  const current: { db?: ReportDb; root?: HTMLElement } = {};
  mountEach(name, (db, root) => Object.assign(current, { db, root }), hooks);
  return {
    get db() {
      if (!current.db) throw new Error('no test is running');
      return current.db;
    },
    get root() {
      if (!current.root) throw new Error('no test is running');
      return current.root;
    },
  };
}

/** Waits until `check` passes: live queries and after-paint renders land when they land, not after a fixed sleep. */
export const until = (check: () => void | Promise<void>) => vi.waitFor(check, { timeout: 5000, interval: 20 });

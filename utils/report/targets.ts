import type { Settings, Targets } from '../domain/types';

/** The city sets targets each year: the year's own, else the default set. */
export function targetsFor(settings: Pick<Settings, 'targets' | 'targetsByYear'>, year: number): Targets {
  return settings.targetsByYear?.[String(year)] ?? settings.targets;
}

import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

/** Removes the run's integration database folder (made in vitest.config.ts) afterwards. */
export default function setup(project: TestProject) {
  const dir = project.config.env?.PUFA_DATA_DIR;
  return () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}

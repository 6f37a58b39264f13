import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { findProjectDir } from '../config.js';

/**
 * For tests that start real worker threads or processes: those run compiled JS from dist/, while vitest
 * runs the TypeScript sources. When a compiled file is missing or older than its source, this runs the
 * build once (`npm test` builds first anyway). Type errors elsewhere in the tree do not stop tsc from
 * emitting, so they are ignored here; a missing output is not.
 */
export function ensureCompiled(sources: string[]): void {
  const projectDir = findProjectDir();
  const stale = sources.some((source) => {
    const input = resolve(projectDir, source);
    const output = resolve(projectDir, 'dist', source.replace(/\.ts$/, '.js'));
    return !existsSync(output) || statSync(output).mtimeMs < statSync(input).mtimeMs;
  });
  if (!stale) return;
  try {
    execFileSync(
      process.execPath,
      [resolve(projectDir, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: projectDir,
        stdio: 'ignore',
      },
    );
  } catch {
    // tsc exits non-zero on any type error in the tree but still emits; checked below.
  }
  for (const source of sources) {
    const output = resolve(projectDir, 'dist', source.replace(/\.ts$/, '.js'));
    if (!existsSync(output)) throw new Error(`"npm run build" did not produce ${output}`);
  }
}

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { findProjectDir } from '../config.js';

/**
 * For tests that start real worker threads or processes: those run compiled JS from dist/, while vitest
 * runs the TypeScript sources. When a compiled file is missing or older than its source, this runs the
 * build once (`npm test` builds first anyway). Type errors elsewhere in the tree do not stop tsc from
 * emitting, so they are ignored here; a missing output is not.
 */
export function ensureCompiled(sources: string[]): void {
  const projectDir = findProjectDir();
  // Every source, not only the entry points: a worker running yesterday's extractor is not this code.
  const stale = [...new Set([...sources, ...listSources(resolve(projectDir, 'src'), projectDir)])].some(
    (source) => {
      const input = resolve(projectDir, source);
      const output = resolve(projectDir, 'dist', source.replace(/\.ts$/, '.js'));
      return !existsSync(output) || statSync(output).mtimeMs < statSync(input).mtimeMs;
    },
  );
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

function listSources(dir: string, projectDir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listSources(path, projectDir));
    else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.test.ts') &&
      !entry.name.endsWith('.d.ts')
    ) {
      found.push(relative(projectDir, path));
    }
  }
  return found;
}

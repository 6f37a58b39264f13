import type { Article } from '../src/model/article.js';
import type { Statement } from '../src/model/statement.js';
import type { Store } from '../src/store/store.js';

/**
 * The parts the benchmark measures, loaded as they are when it runs: the extraction, ingest and storage
 * engineers' modules land while this harness is written, so a missing one is reported as missing
 * rather than breaking the build.
 */
export type ExtractFunction = (article: Article, options: { published?: string | null }) => Statement[];
export type OpenStore = (location: string) => Promise<Store>;

async function importOptional<T>(specifier: string): Promise<T | null> {
  try {
    return (await import(specifier)) as T;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (
      code === 'ERR_MODULE_NOT_FOUND' &&
      String((error as Error).message).includes(specifier.split('/').pop()!)
    )
      return null;
    throw error;
  }
}

export async function loadExtract(): Promise<ExtractFunction | null> {
  const module = await importOptional<{ extract?: ExtractFunction }>('../src/extract/index.js');
  return module?.extract ?? null;
}

export async function loadOpenStore(): Promise<OpenStore | null> {
  const module = await importOptional<{ openStore?: OpenStore }>('../src/store/open-store.js');
  return module?.openStore ?? null;
}

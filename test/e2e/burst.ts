import http from 'node:http';

export interface BurstResult {
  requests: number;
  statuses: Record<string, number>;
  errors: string[];
  elapsedMs: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Fires `count` GET requests at once, each on its own connection (no agent pooling), so the server
 * really sees that many concurrent sockets; resolves when every one has answered or failed.
 */
export async function burst(baseUrl: string, paths: string[], count: number): Promise<BurstResult> {
  const statuses: Record<string, number> = {};
  const errors: string[] = [];
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: count },
      (_, index) =>
        new Promise<void>((resolve) => {
          const begun = performance.now();
          const request = http.get(
            `${baseUrl}${paths[index % paths.length]}`,
            { agent: false, timeout: 90_000 },
            (response) => {
              response.resume();
              response.on('end', () => {
                latencies.push(performance.now() - begun);
                statuses[response.statusCode ?? 0] = (statuses[response.statusCode ?? 0] ?? 0) + 1;
                resolve();
              });
              response.on('error', (error) => {
                errors.push(error.message);
                resolve();
              });
            },
          );
          request.on('timeout', () => request.destroy(new Error('timed out')));
          request.on('error', (error) => {
            errors.push(error.message);
            resolve();
          });
        }),
    ),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: count,
    statuses,
    errors,
    elapsedMs: performance.now() - started,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
}

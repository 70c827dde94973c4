// Item 2: the snapshot pipeline in Node. Load = parse → migrate → checkSnapshot → hydrate; save = select →
// serialise; each against JSON.parse / JSON.stringify of the same bytes, at 1k, 10k and 50k nodes.
import { loadDomains } from './support/domains.js';
import { generateSnapshot } from './support/generateSnapshot.js';
import { hasGc, type PipelineResult, retainedHeap, timeSteps } from './support/pipelineSteps.js';

export type { PipelineResult };

export const PIPELINE_SIZES = [1_000, 10_000, 50_000];

export async function benchPipeline(
  sizes = PIPELINE_SIZES,
  log: (line: string) => void = console.log,
): Promise<PipelineResult[]> {
  const domains = await loadDomains();
  if (!hasGc()) log('pipeline: run node with --expose-gc to measure memory (npm run bench does)');
  const results: PipelineResult[] = [];
  for (const nodes of sizes) {
    const text = JSON.stringify(generateSnapshot(nodes));
    // Memory first, in its own call: the timing runs' last documents must not still be on the stack.
    const heapBytes = retainedHeap(text, domains, () => process.memoryUsage().heapUsed);
    results.push({ ...timeSteps(nodes, text, domains), bytes: Buffer.byteLength(text), heapBytes });
    log(`pipeline: ${nodes.toLocaleString('en-US')} nodes measured`);
  }
  return results;
}

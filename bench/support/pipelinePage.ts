// The script of the page in which Chromium runs the snapshot pipeline (bench/pipelineInChromium.ts): the same
// timed steps as in Node, over the four real domain modules, compiled as the editor's production build is.
import type { DomainModule } from '@psb/contracts';
import actionFlows from '../../remotes/action-flows/src/domain.js';
import componentTree from '../../remotes/component-tree/src/domain.js';
import entityModels from '../../remotes/entity-models/src/domain.js';
import variables from '../../remotes/variables/src/domain.js';
import { retainedHeap, timeSteps } from './pipelineSteps.js';

// In registry order, as loadDomains gives them to the Node run.
const domains = [componentTree, variables, entityModels, actionFlows] as unknown as DomainModule[];

/** Chromium's JS heap in use; exact to the byte only when it runs with --enable-precise-memory-info. */
const heapUsed = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

/** What the benchmark calls in the page, on the document text it has put in `pipelineText`. */
export interface PipelinePage {
  timeSteps(nodes: number): ReturnType<typeof timeSteps>;
  retainedHeap(): number | undefined;
}

const text = () => (globalThis as unknown as { pipelineText: string }).pipelineText;
const pipeline: PipelinePage = {
  timeSteps: (nodes) => timeSteps(nodes, text(), domains),
  retainedHeap: () => retainedHeap(text(), domains, heapUsed),
};
Object.assign(globalThis, { pipeline });

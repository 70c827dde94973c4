import type { Flow } from './sections/actionFlows/section.js';
import type { VariablesSection } from './sections/variables/section.js';

/** What a flow can do, given by whoever runs it (the preview): variables by id, toasts, navigation, requests. */
export interface FlowContext {
  /** The variables' definitions: how names in expressions map to ids. */
  variables: VariablesSection;
  get(variableId: string): unknown;
  set(variableId: string, value: unknown): void;
  toast(message: string): void;
  navigate(url: string): void;
  request(method: string, url: string, body?: string): Promise<unknown>;
}

export type FlowRun = { ok: true } | { ok: false; stepId: string; message: string };

/** Runs flows. Provided by the action-flows domain; other domains reach it through the host, never by import. */
export interface FlowRuntime {
  run(flow: Flow, context: FlowContext): Promise<FlowRun>;
}

/** Services a domain offers the others, through the host. */
export interface DomainServices {
  flowRuntime?: FlowRuntime;
}

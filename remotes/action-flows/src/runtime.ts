import {
  evaluateTemplateValue,
  type FlowContext,
  type FlowRun,
  type FlowRuntime,
  type FlowStep,
  fitsVariableType,
  renderTemplate,
  type Scope,
  type VariableType,
} from '@psb/contracts';

class StepFailure extends Error {
  constructor(
    readonly stepId: string,
    message: string,
  ) {
    super(message);
  }
}

/** Names in expressions resolve to the current value of the variable of that name. */
function scopeOf(context: FlowContext): Scope {
  const ids = new Map(Object.values(context.variables.entities).map((v) => [v.name, v.id]));
  return (name) => {
    const id = ids.get(name);
    return id === undefined ? { found: false } : { found: true, value: context.get(id) };
  };
}

/** A value for a variable of `type`: typed expressions pass as they are, text is read as the type asks. */
export function coerce(type: VariableType, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  if (fitsVariableType(type, value)) return { ok: true, value };
  if (typeof value === 'string') {
    const text = value.trim();
    if (type === 'number' && text !== '' && Number.isFinite(Number(text))) return { ok: true, value: Number(text) };
    if (type === 'boolean' && (text === 'true' || text === 'false')) return { ok: true, value: text === 'true' };
    if (type === 'object' || type === 'array') {
      try {
        const parsed: unknown = JSON.parse(text);
        if (fitsVariableType(type, parsed)) return { ok: true, value: parsed };
      } catch {
        // falls through to the message below
      }
    }
  }
  if (type === 'string' && value !== undefined)
    return { ok: true, value: typeof value === 'object' ? JSON.stringify(value) : String(value) };
  return { ok: false, message: `${JSON.stringify(value)} is not a ${type}` };
}

function compare(left: unknown, comparison: string, right: unknown): boolean {
  const [a, b] =
    typeof left === 'number' && typeof right === 'string' && right.trim() !== '' ? [left, Number(right)] : [left, right];
  switch (comparison) {
    case '==':
      return JSON.stringify(a) === JSON.stringify(b);
    case '!=':
      return JSON.stringify(a) !== JSON.stringify(b);
    case '<':
      return (a as number) < (b as number);
    case '<=':
      return (a as number) <= (b as number);
    case '>':
      return (a as number) > (b as number);
    default:
      return (a as number) >= (b as number);
  }
}

async function runSteps(steps: FlowStep[], context: FlowContext): Promise<void> {
  for (const step of steps) {
    const scope = scopeOf(context);
    const text = (template: string) => {
      const rendered = renderTemplate(template, scope);
      const error = rendered.errors[0];
      if (error) throw new StepFailure(step.id, `{{${error.source}}}: ${error.message}`);
      return rendered.text;
    };
    const variableOf = (id: string) => {
      const variable = context.variables.entities[id];
      if (!variable) throw new StepFailure(step.id, `The variable it uses no longer exists (${id}).`);
      return variable;
    };
    switch (step.kind) {
      case 'setVariable': {
        const variable = variableOf(step.variableId);
        const result = evaluateTemplateValue(step.value, scope);
        if (!result.ok) throw new StepFailure(step.id, `{{${result.error.source}}}: ${result.error.message}`);
        const typed = coerce(variable.type, result.value);
        if (!typed.ok) throw new StepFailure(step.id, `${variable.name} is a ${variable.type}: ${typed.message}.`);
        context.set(variable.id, typed.value);
        break;
      }
      case 'showToast':
        context.toast(text(step.message));
        break;
      case 'navigate':
        context.navigate(text(step.url));
        break;
      case 'request': {
        const url = text(step.url);
        const body = step.body === undefined ? undefined : text(step.body);
        let result: unknown;
        try {
          result = await context.request(step.method, url, body);
        } catch (error) {
          throw new StepFailure(
            step.id,
            `${step.method} ${url} failed: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        if (step.resultVariableId) {
          const variable = variableOf(step.resultVariableId);
          const typed = coerce(variable.type, result);
          if (!typed.ok) throw new StepFailure(step.id, `${variable.name} is a ${variable.type}: ${typed.message}.`);
          context.set(variable.id, typed.value);
        }
        break;
      }
      case 'if': {
        const variable = variableOf(step.variableId);
        const right = evaluateTemplateValue(step.value, scope);
        if (!right.ok) throw new StepFailure(step.id, `{{${right.error.source}}}: ${right.error.message}`);
        await runSteps(
          compare(context.get(variable.id), step.comparison, right.value) ? step.thenSteps : step.elseSteps,
          context,
        );
        break;
      }
    }
  }
}

/**
 * The flow interpreter: runs steps in order over the context it is given. Pure apart from that context;
 * never throws: a step that fails stops the flow and is reported with its id.
 */
export const flowRuntime: FlowRuntime = {
  async run(flow, context): Promise<FlowRun> {
    try {
      await runSteps(flow.steps, context);
      return { ok: true };
    } catch (error) {
      if (error instanceof StepFailure) return { ok: false, stepId: error.stepId, message: error.message };
      return { ok: false, stepId: '', message: error instanceof Error ? error.message : String(error) };
    }
  },
};

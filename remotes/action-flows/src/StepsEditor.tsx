import {
  COMPARISONS,
  entityById,
  type FlowStep,
  HTTP_METHODS,
  parseTemplate,
  type StepKind,
  type VariablesSection,
} from '@psb/contracts';
import { useId, useState } from 'react';
import { useDispatch } from 'react-redux';
import { ComboField } from './ComboField.js';
import { type Option, SelectField } from './SelectField.js';
import { newStep, type StepList, stepAdded, stepChanged, stepMoved, stepRemoved } from './slice.js';

const KINDS: [StepKind, string][] = [
  ['setVariable', 'Set variable'],
  ['showToast', 'Show toast'],
  ['navigate', 'Navigate'],
  ['request', 'Request'],
  ['if', 'If'],
];

/** An ordered list of steps, each editable, movable and deletable, with a way to add one. */
export function StepsEditor({
  at,
  steps,
  variables,
}: {
  at: StepList;
  steps: FlowStep[];
  variables: VariablesSection | undefined;
}) {
  const dispatch = useDispatch();
  const [kind, setKind] = useState<StepKind>('setVariable');
  const kindId = useId();
  const firstVariable = variables?.ids[0];
  const step = newStep(kind, firstVariable);
  return (
    <div className="psb-steps">
      <ol>
        {steps.map((s, index) => (
          <li key={s.id}>
            <StepEditor flowId={at.flowId} step={s} variables={variables} first={index === 0} last={index === steps.length - 1} />
          </li>
        ))}
      </ol>
      <div className="psb-steps-add">
        <label htmlFor={kindId}>Step kind</label>
        <select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as StepKind)}>
          {KINDS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="button" disabled={!step} onClick={() => step && dispatch(stepAdded({ at, step }))}>
          Add step
        </button>
        {!step && <span className="psb-muted">Define a variable first.</span>}
      </div>
    </div>
  );
}

interface StepProps {
  flowId: string;
  step: FlowStep;
  variables: VariablesSection | undefined;
  first: boolean;
  last: boolean;
}

function StepEditor({ flowId, step, variables, first, last }: StepProps) {
  const dispatch = useDispatch();
  const change = (changes: Partial<FlowStep>) => dispatch(stepChanged({ flowId, step: { ...step, ...changes } as FlowStep }));
  const title = KINDS.find(([k]) => k === step.kind)?.[1] ?? step.kind;
  // The variable and the value of a Set variable step, and of an If step's comparison.
  const variableField = 'variableId' in step && (
    <VariableSelect
      label="Variable"
      value={step.variableId}
      variables={variables}
      onChange={(variableId) => change({ variableId })}
    />
  );
  const valueField = 'value' in step && (
    <TemplateField label="Value" value={step.value} onChange={(value) => change({ value })} />
  );
  return (
    <fieldset className="psb-step">
      <legend>{title}</legend>
      {step.kind === 'setVariable' && (
        <>
          {variableField}
          {valueField}
        </>
      )}
      {step.kind === 'showToast' && (
        <TemplateField label="Message" value={step.message} onChange={(message) => change({ message })} />
      )}
      {step.kind === 'navigate' && <TemplateField label="URL" value={step.url} onChange={(url) => change({ url })} />}
      {step.kind === 'request' && (
        <>
          <SelectField
            label="Method"
            current={[step.method, step.method]}
            options={() => HTTP_METHODS.map((m) => [m, m])}
            onChange={(method) => change({ method } as never)}
          />
          <TemplateField label="URL" value={step.url} onChange={(url) => change({ url })} />
          <TemplateField
            label="Body"
            value={step.body ?? ''}
            onChange={(body) => change({ body: body === '' ? undefined : body } as never)}
          />
          <VariableSelect
            label="Result variable"
            value={step.resultVariableId ?? ''}
            variables={variables}
            optional
            onChange={(id) => dispatch(stepChanged({ flowId, step: withResult(step, id) }))}
          />
        </>
      )}
      {step.kind === 'if' && (
        <>
          {variableField}
          <SelectField
            label="Comparison"
            current={[step.comparison, step.comparison]}
            options={() => COMPARISONS.map((c) => [c, c])}
            onChange={(comparison) => change({ comparison } as never)}
          />
          {valueField}
          <div className="psb-branch">
            <h4>Then</h4>
            <StepsEditor
              at={{ flowId, parentStepId: step.id, branch: 'thenSteps' }}
              steps={step.thenSteps}
              variables={variables}
            />
            <h4>Else</h4>
            <StepsEditor
              at={{ flowId, parentStepId: step.id, branch: 'elseSteps' }}
              steps={step.elseSteps}
              variables={variables}
            />
          </div>
        </>
      )}
      <div className="psb-step-actions">
        <button type="button" disabled={first} onClick={() => dispatch(stepMoved({ flowId, stepId: step.id, by: -1 }))}>
          Move step up
        </button>
        <button type="button" disabled={last} onClick={() => dispatch(stepMoved({ flowId, stepId: step.id, by: 1 }))}>
          Move step down
        </button>
        <button type="button" onClick={() => dispatch(stepRemoved({ flowId, stepId: step.id }))}>
          Delete step
        </button>
      </div>
    </fieldset>
  );
}

function withResult(step: Extract<FlowStep, { kind: 'request' }>, id: string): FlowStep {
  const { resultVariableId: _drop, ...rest } = step;
  return id ? { ...rest, resultVariableId: id } : rest;
}

/** A text field that may hold `{{expressions}}`; each expression's error is shown where it is written. */
function TemplateField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  const errors = parseTemplate(value).flatMap((part) =>
    part.kind === 'expression' && !part.parsed.ok
      ? [`{{${part.source}}} at ${part.start + part.parsed.error.start}: ${part.parsed.error.message}`]
      : [],
  );
  return (
    <div className="psb-flows-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        aria-invalid={errors.length > 0 ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {errors.map((error) => (
        <span key={error} className="psb-flows-error" role="alert">
          {error}
        </span>
      ))}
    </div>
  );
}

/** Picks a variable by name; a step pointing at a deleted variable says so instead of hiding it. */
function VariableSelect(props: {
  label: string;
  value: string;
  variables: VariablesSection | undefined;
  optional?: boolean;
  onChange: (id: string) => void;
}) {
  const { variables, optional } = props;
  const none: Option = ['', '(none)'];
  const variable = variables && entityById(variables, props.value);
  const current: Option = optional && props.value === '' ? none : [props.value, variable?.name ?? '⚠ deleted variable'];
  const options = () => [
    ...(optional ? [none] : []),
    ...(variables?.ids ?? []).map((id): Option => [id, variables?.entities[id]?.name ?? id]),
  ];
  return <ComboField label={props.label} current={current} options={options} onChange={props.onChange} />;
}

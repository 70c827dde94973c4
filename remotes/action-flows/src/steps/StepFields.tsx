import { COMPARISONS, entityById, type FlowStep, HTTP_METHODS, parseTemplate, type VariablesSection } from '@psb/contracts';
import { useId } from 'react';
import { ComboField } from '../ComboField.js';
import { type Option, SelectField } from '../SelectField.js';

/** The fields of one step, by its kind; each change gives the fields changed (undefined for one removed). */
export function StepFields({
  step,
  variables,
  onChange: change,
}: {
  step: FlowStep;
  variables: VariablesSection | undefined;
  onChange: (changes: Partial<FlowStep>) => void;
}) {
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
  switch (step.kind) {
    case 'setVariable':
      return (
        <>
          {variableField}
          {valueField}
        </>
      );
    case 'showToast':
      return <TemplateField label="Message" value={step.message} onChange={(message) => change({ message })} />;
    case 'navigate':
      return <TemplateField label="URL" value={step.url} onChange={(url) => change({ url })} />;
    case 'request':
      return (
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
            onChange={(id) => change({ resultVariableId: id === '' ? undefined : id } as never)}
          />
        </>
      );
    case 'if':
      return (
        <>
          {variableField}
          <SelectField
            label="Comparison"
            current={[step.comparison, step.comparison]}
            options={() => COMPARISONS.map((c) => [c, c])}
            onChange={(comparison) => change({ comparison } as never)}
          />
          {valueField}
        </>
      );
  }
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

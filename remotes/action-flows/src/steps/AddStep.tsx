import type { FlowStep, StepKind, VariablesSection } from '@psb/contracts';
import { useId, useState } from 'react';
import { newStep } from '../slice.js';
import { KINDS } from './titles.js';

/** A Step kind menu and an Add step button: a new step of that kind, with empty but valid settings. */
export function AddStep({ variables, onAdd }: { variables: VariablesSection | undefined; onAdd: (step: FlowStep) => void }) {
  const [kind, setKind] = useState<StepKind>('setVariable');
  const kindId = useId();
  const firstVariable = variables?.ids[0];
  // Each click makes a step with an id of its own; this one only asks whether a step of this kind can be made.
  const possible = newStep(kind, firstVariable, 'probe') !== undefined;
  return (
    <div className="psb-steps-add">
      <label htmlFor={kindId}>Step kind</label>
      <select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as StepKind)}>
        {KINDS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!possible}
        onClick={() => {
          const added = newStep(kind, firstVariable);
          if (added) onAdd(added);
        }}
      >
        Add step
      </button>
      {!possible && <span className="psb-muted">Define a variable first.</span>}
    </div>
  );
}

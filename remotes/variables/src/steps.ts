import { entityById, type StepDescription } from '@psb/contracts';
import type { UnknownAction } from '@reduxjs/toolkit';
import {
  defaultValueChanged,
  runtimeValueOf,
  type VariablesState,
  valueChanged,
  valueCleared,
  variableAdded,
  variableRemoved,
  variableRenamed,
  variableTypeChanged,
} from './slice.js';

const nameIn = (state: VariablesState, id: string) => entityById(state, id)?.name ?? id;

/**
 * The words for a change to the variables in the host's undo history. What is typed (a name, a value) is grouped by
 * variable and field, so that a burst of typing is one step. The current values are part of the saved section
 * (selectSnapshot returns them), so changing one is a step like any other.
 */
export function describeStep(action: UnknownAction, before: VariablesState, after: VariablesState): StepDescription | undefined {
  // A reducer ignores an invalid change (a taken name, a value of the wrong type): then nothing is to be undone.
  if (before === after) return undefined;
  if (variableAdded.match(action)) return { label: 'Add variable' };
  if (variableRenamed.match(action)) {
    // The new name, not the old: the host keeps the label of a group's last step, whose old name is half typed.
    return { label: `Rename variable to ${action.payload.name}`, group: `rename:${action.payload.id}` };
  }
  if (variableTypeChanged.match(action)) return { label: `Change type of ${nameIn(after, action.payload.id)}` };
  if (defaultValueChanged.match(action)) {
    const { id } = action.payload;
    return { label: `Change default of ${nameIn(after, id)}`, group: `default:${id}` };
  }
  if (valueChanged.match(action)) {
    const { id } = action.payload;
    const verb = runtimeValueOf(before.values, id) ? 'Change' : 'Set';
    return { label: `${verb} current value of ${nameIn(after, id)}`, group: `value:${id}` };
  }
  if (valueCleared.match(action)) return { label: `Use default for ${nameIn(after, action.payload)}` };
  if (variableRemoved.match(action)) {
    const name = nameIn(before, action.payload);
    return { label: `Delete variable ${name}`, removed: `Deleted variable ${name}` };
  }
  // `hydrated` opens a project: not an edit.
  return undefined;
}

// Generated from the TypeBox schemas by `npm run checks -w contracts` (scripts/schemaChecks.ts): do not edit.
// The checks checkSnapshot runs first; TypeBox explains a value only when one of them fails.
// biome-ignore-all lint: generated code
// biome-ignore-all format: generated code
import { MAX_DEPTH, withinDepth } from '../depth.js';
import { isIsoDateTime } from '../primitives.js';

/**
 * Whether a value is valid for one schema: what TypeBox `Check` answers for it, and nothing in it lies
 * MAX_DEPTH or more levels below the document's root. `depth`: how deep the value lies (0: it is the root).
 * With `freeze`, each object and array found valid is frozen on the way (an invalid value may be left
 * partly frozen).
 */
export type Check = (value: unknown, depth: number, freeze?: boolean) => boolean;

export const isSnapshotEnvelope: Check = check5;
export const isSnapshotDraftEnvelope: Check = check7;
export const sectionChecks: Readonly<Record<"componentTree" | "variables" | "entityModels" | "actionFlows", Check>> = {
  "componentTree": check11,
  "variables": check14,
  "entityModels": check22,
  "actionFlows": check34,
};
export const nodePropsChecks: Readonly<Record<"Container" | "Text" | "Button" | "Input" | "Image" | "List", Check>> = {
  "Container": check35,
  "Text": check36,
  "Button": check37,
  "Input": check38,
  "Image": check39,
  "List": check40,
};

const PATTERN_0 = new RegExp("^[A-Za-z0-9_-]{1,64}$");
const PATTERN_1 = new RegExp("\\S");
const PATTERN_2 = new RegExp("^(.*)$");
const PATTERN_3 = new RegExp("^[A-Za-z_$][A-Za-z0-9_$]{0,63}$");

function check0(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && p_name.length >= 1 && p_name.length <= 200 && PATTERN_1.test(p_name))) return false;
  const p_description = o.description;
  if (p_description !== undefined && !(typeof p_description === 'string' && p_description.length <= 2000)) return false;
  const p_createdAt = o.createdAt;
  if (!(typeof p_createdAt === 'string' && isIsoDateTime(p_createdAt))) return false;
  const p_updatedAt = o.updatedAt;
  if (!(typeof p_updatedAt === 'string' && isIsoDateTime(p_updatedAt))) return false;
  for (const key in o) if (key !== "id" && key !== "name" && key !== "description" && key !== "createdAt" && key !== "updatedAt") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check1(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  if (freeze) Object.freeze(value);
  return true;
}

function check2(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  if (depth >= MAX_DEPTH) return false;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (!(withinDepth(item, depth + 1, freeze)) && (PATTERN_2.test(key) || !withinDepth(item, depth + 1, freeze))) return false;
  }
  if (freeze) Object.freeze(value);
  return true;
}

function check3(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_selectedNodeId = o.selectedNodeId;
  if (p_selectedNodeId !== undefined && !(typeof p_selectedNodeId === 'string' && PATTERN_0.test(p_selectedNodeId))) return false;
  const p_panels = o.panels;
  if (p_panels !== undefined && !(check2(p_panels, depth + 1, freeze))) return false;
  for (const key in o) if (key !== "selectedNodeId" && key !== "panels") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check4(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  if (depth >= MAX_DEPTH) return false;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (!(typeof item === 'number' && Number.isInteger(item) && item >= 1) && (PATTERN_3.test(key) || !withinDepth(item, depth + 1, freeze))) return false;
  }
  if (freeze) Object.freeze(value);
  return true;
}

function check5(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_schemaVersion = o.schemaVersion;
  if (!(p_schemaVersion === 1)) return false;
  const p_meta = o.meta;
  if (!(check0(p_meta, depth + 1, freeze))) return false;
  const p_componentTree = o.componentTree;
  if (!(check1(p_componentTree, depth + 1, freeze))) return false;
  const p_variables = o.variables;
  if (!(check1(p_variables, depth + 1, freeze))) return false;
  const p_entityModels = o.entityModels;
  if (!(check1(p_entityModels, depth + 1, freeze))) return false;
  const p_actionFlows = o.actionFlows;
  if (!(check1(p_actionFlows, depth + 1, freeze))) return false;
  const p_ui = o.ui;
  if (p_ui !== undefined && !(check3(p_ui, depth + 1, freeze))) return false;
  const p_domainVersions = o.domainVersions;
  if (p_domainVersions !== undefined && !(check4(p_domainVersions, depth + 1, freeze))) return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check6(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (p_id !== undefined && !(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && p_name.length >= 1 && p_name.length <= 200 && PATTERN_1.test(p_name))) return false;
  const p_description = o.description;
  if (p_description !== undefined && !(typeof p_description === 'string' && p_description.length <= 2000)) return false;
  const p_createdAt = o.createdAt;
  if (p_createdAt !== undefined && !(typeof p_createdAt === 'string' && isIsoDateTime(p_createdAt))) return false;
  const p_updatedAt = o.updatedAt;
  if (p_updatedAt !== undefined && !(typeof p_updatedAt === 'string' && isIsoDateTime(p_updatedAt))) return false;
  for (const key in o) if (key !== "id" && key !== "name" && key !== "description" && key !== "createdAt" && key !== "updatedAt") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check7(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_schemaVersion = o.schemaVersion;
  if (!(p_schemaVersion === 1)) return false;
  const p_meta = o.meta;
  if (!(check6(p_meta, depth + 1, freeze))) return false;
  const p_componentTree = o.componentTree;
  if (!(check1(p_componentTree, depth + 1, freeze))) return false;
  const p_variables = o.variables;
  if (!(check1(p_variables, depth + 1, freeze))) return false;
  const p_entityModels = o.entityModels;
  if (!(check1(p_entityModels, depth + 1, freeze))) return false;
  const p_actionFlows = o.actionFlows;
  if (!(check1(p_actionFlows, depth + 1, freeze))) return false;
  const p_ui = o.ui;
  if (p_ui !== undefined && !(check3(p_ui, depth + 1, freeze))) return false;
  const p_domainVersions = o.domainVersions;
  if (p_domainVersions !== undefined && !(check4(p_domainVersions, depth + 1, freeze))) return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check8(value: unknown, depth: number, freeze?: boolean): boolean {
  if (!Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!(typeof item === 'string' && PATTERN_0.test(item))) return false;
  }
  if (freeze) Object.freeze(value);
  return true;
}

function check9(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_type = o.type;
  if (!(typeof p_type === 'string' && PATTERN_3.test(p_type))) return false;
  const p_name = o.name;
  if (p_name !== undefined && !(typeof p_name === 'string' && p_name.length >= 1 && p_name.length <= 200 && PATTERN_1.test(p_name))) return false;
  const p_props = o.props;
  if (!(check2(p_props, depth + 1, freeze))) return false;
  const p_children = o.children;
  if (!(check8(p_children, depth + 1, freeze))) return false;
  const p_parentId = o.parentId;
  if (!((typeof p_parentId === 'string' && PATTERN_0.test(p_parentId) || p_parentId === null))) return false;
  for (const key in o) if (key !== "id" && key !== "type" && key !== "name" && key !== "props" && key !== "children" && key !== "parentId") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check10(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  if (depth >= MAX_DEPTH) return false;
  for (const key in value) {
    if (!PATTERN_0.test(key)) return false;
    const item = (value as Record<string, unknown>)[key];
    if (!(check9(item, depth + 1, freeze))) return false;
  }
  if (freeze) Object.freeze(value);
  return true;
}

function check11(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_nodes = o.nodes;
  if (!(check10(p_nodes, depth + 1, freeze))) return false;
  const p_rootIds = o.rootIds;
  if (!(check8(p_rootIds, depth + 1, freeze))) return false;
  for (const key in o) if (key !== "nodes" && key !== "rootIds") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check12(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && PATTERN_3.test(p_name))) return false;
  const p_type = o.type;
  if (!((p_type === "string" || p_type === "number" || p_type === "boolean" || p_type === "object" || p_type === "array"))) return false;
  const p_defaultValue = o.defaultValue;
  if (!(withinDepth(p_defaultValue, depth + 1, freeze))) return false;
  if (!("defaultValue" in o)) return false;
  const p_description = o.description;
  if (p_description !== undefined && !(typeof p_description === 'string' && p_description.length <= 2000)) return false;
  for (const key in o) if (key !== "id" && key !== "name" && key !== "type" && key !== "defaultValue" && key !== "description") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check13(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  if (depth >= MAX_DEPTH) return false;
  for (const key in value) {
    if (!PATTERN_0.test(key)) return false;
    const item = (value as Record<string, unknown>)[key];
    if (!(check12(item, depth + 1, freeze))) return false;
  }
  if (freeze) Object.freeze(value);
  return true;
}

function check14(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_entities = o.entities;
  if (!(check13(p_entities, depth + 1, freeze))) return false;
  const p_ids = o.ids;
  if (!(check8(p_ids, depth + 1, freeze))) return false;
  const p_values = o.values;
  if (p_values !== undefined && !(check2(p_values, depth + 1, freeze))) return false;
  for (const key in o) if (key !== "entities" && key !== "ids" && key !== "values") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check15(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && PATTERN_3.test(p_name))) return false;
  const p_required = o.required;
  if (!(typeof p_required === 'boolean')) return false;
  const p_type = o.type;
  if (!((p_type === "string" || p_type === "number" || p_type === "boolean" || p_type === "date"))) return false;
  for (const key in o) if (key !== "id" && key !== "name" && key !== "required" && key !== "type") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check16(value: unknown, depth: number, freeze?: boolean): boolean {
  if (!Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  if (value.length < 1) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!(typeof item === 'string' && item.length >= 1)) return false;
  }
  if (freeze) Object.freeze(value);
  return true;
}

function check17(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && PATTERN_3.test(p_name))) return false;
  const p_required = o.required;
  if (!(typeof p_required === 'boolean')) return false;
  const p_type = o.type;
  if (!(p_type === "enum")) return false;
  const p_values = o.values;
  if (!(check16(p_values, depth + 1, freeze))) return false;
  for (const key in o) if (key !== "id" && key !== "name" && key !== "required" && key !== "type" && key !== "values") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check18(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && PATTERN_3.test(p_name))) return false;
  const p_required = o.required;
  if (!(typeof p_required === 'boolean')) return false;
  const p_type = o.type;
  if (!(p_type === "reference")) return false;
  const p_modelId = o.modelId;
  if (!(typeof p_modelId === 'string' && PATTERN_0.test(p_modelId))) return false;
  for (const key in o) if (key !== "id" && key !== "name" && key !== "required" && key !== "type" && key !== "modelId") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check19(value: unknown, depth: number, freeze?: boolean): boolean {
  if (!Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!((check15(item, depth + 1, freeze) || check17(item, depth + 1, freeze) || check18(item, depth + 1, freeze)))) return false;
  }
  if (freeze) Object.freeze(value);
  return true;
}

function check20(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && PATTERN_3.test(p_name))) return false;
  const p_fields = o.fields;
  if (!(check19(p_fields, depth + 1, freeze))) return false;
  for (const key in o) if (key !== "id" && key !== "name" && key !== "fields") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check21(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  if (depth >= MAX_DEPTH) return false;
  for (const key in value) {
    if (!PATTERN_0.test(key)) return false;
    const item = (value as Record<string, unknown>)[key];
    if (!(check20(item, depth + 1, freeze))) return false;
  }
  if (freeze) Object.freeze(value);
  return true;
}

function check22(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_entities = o.entities;
  if (!(check21(p_entities, depth + 1, freeze))) return false;
  const p_ids = o.ids;
  if (!(check8(p_ids, depth + 1, freeze))) return false;
  for (const key in o) if (key !== "entities" && key !== "ids") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check24(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_kind = o.kind;
  if (!(p_kind === "setVariable")) return false;
  const p_variableId = o.variableId;
  if (!(typeof p_variableId === 'string' && PATTERN_0.test(p_variableId))) return false;
  const p_value = o.value;
  if (!(typeof p_value === 'string' && p_value.length <= 10000)) return false;
  for (const key in o) if (key !== "id" && key !== "kind" && key !== "variableId" && key !== "value") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check25(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_kind = o.kind;
  if (!(p_kind === "showToast")) return false;
  const p_message = o.message;
  if (!(typeof p_message === 'string' && p_message.length <= 10000)) return false;
  for (const key in o) if (key !== "id" && key !== "kind" && key !== "message") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check26(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_kind = o.kind;
  if (!(p_kind === "navigate")) return false;
  const p_url = o.url;
  if (!(typeof p_url === 'string' && p_url.length <= 10000)) return false;
  for (const key in o) if (key !== "id" && key !== "kind" && key !== "url") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check27(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_kind = o.kind;
  if (!(p_kind === "request")) return false;
  const p_method = o.method;
  if (!((p_method === "GET" || p_method === "POST" || p_method === "PUT" || p_method === "PATCH" || p_method === "DELETE"))) return false;
  const p_url = o.url;
  if (!(typeof p_url === 'string' && p_url.length <= 10000)) return false;
  const p_body = o.body;
  if (p_body !== undefined && !(typeof p_body === 'string' && p_body.length <= 10000)) return false;
  const p_resultVariableId = o.resultVariableId;
  if (p_resultVariableId !== undefined && !(typeof p_resultVariableId === 'string' && PATTERN_0.test(p_resultVariableId))) return false;
  for (const key in o) if (key !== "id" && key !== "kind" && key !== "method" && key !== "url" && key !== "body" && key !== "resultVariableId") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check28(value: unknown, depth: number, freeze?: boolean): boolean {
  if (!Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!(check23(item, depth + 1, freeze))) return false;
  }
  if (freeze) Object.freeze(value);
  return true;
}

function check29(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_kind = o.kind;
  if (!(p_kind === "if")) return false;
  const p_variableId = o.variableId;
  if (!(typeof p_variableId === 'string' && PATTERN_0.test(p_variableId))) return false;
  const p_comparison = o.comparison;
  if (!((p_comparison === "==" || p_comparison === "!=" || p_comparison === "<" || p_comparison === "<=" || p_comparison === ">" || p_comparison === ">="))) return false;
  const p_value = o.value;
  if (!(typeof p_value === 'string' && p_value.length <= 10000)) return false;
  const p_thenSteps = o.thenSteps;
  if (!(check28(p_thenSteps, depth + 1, freeze))) return false;
  const p_elseSteps = o.elseSteps;
  if (!(check28(p_elseSteps, depth + 1, freeze))) return false;
  for (const key in o) if (key !== "id" && key !== "kind" && key !== "variableId" && key !== "comparison" && key !== "value" && key !== "thenSteps" && key !== "elseSteps") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check23(value: unknown, depth: number, freeze?: boolean): boolean {
  return (check24(value, depth, freeze) || check25(value, depth, freeze) || check26(value, depth, freeze) || check27(value, depth, freeze) || check29(value, depth, freeze));
}

function check30(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_name = o.name;
  if (!(typeof p_name === 'string' && p_name.length >= 1 && p_name.length <= 200 && PATTERN_1.test(p_name))) return false;
  const p_steps = o.steps;
  if (!(check28(p_steps, depth + 1, freeze))) return false;
  for (const key in o) if (key !== "id" && key !== "name" && key !== "steps") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check31(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) {
    return false;
  }
  if (depth >= MAX_DEPTH) return false;
  for (const key in value) {
    if (!PATTERN_0.test(key)) return false;
    const item = (value as Record<string, unknown>)[key];
    if (!(check30(item, depth + 1, freeze))) return false;
  }
  if (freeze) Object.freeze(value);
  return true;
}

function check32(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_id = o.id;
  if (!(typeof p_id === 'string' && PATTERN_0.test(p_id))) return false;
  const p_nodeId = o.nodeId;
  if (!(typeof p_nodeId === 'string' && PATTERN_0.test(p_nodeId))) return false;
  const p_event = o.event;
  if (!(typeof p_event === 'string' && PATTERN_3.test(p_event))) return false;
  const p_flowId = o.flowId;
  if (!(typeof p_flowId === 'string' && PATTERN_0.test(p_flowId))) return false;
  for (const key in o) if (key !== "id" && key !== "nodeId" && key !== "event" && key !== "flowId") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check33(value: unknown, depth: number, freeze?: boolean): boolean {
  if (!Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!(check32(item, depth + 1, freeze))) return false;
  }
  if (freeze) Object.freeze(value);
  return true;
}

function check34(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_flows = o.flows;
  if (!(check31(p_flows, depth + 1, freeze))) return false;
  const p_bindings = o.bindings;
  if (!(check33(p_bindings, depth + 1, freeze))) return false;
  for (const key in o) if (key !== "flows" && key !== "bindings") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check35(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_direction = o.direction;
  if (p_direction !== undefined && !((p_direction === "column" || p_direction === "row"))) return false;
  const p_gap = o.gap;
  if (p_gap !== undefined && !(typeof p_gap === 'number' && Number.isInteger(p_gap) && p_gap >= 0 && p_gap <= 200)) return false;
  const p_padding = o.padding;
  if (p_padding !== undefined && !(typeof p_padding === 'number' && Number.isInteger(p_padding) && p_padding >= 0 && p_padding <= 200)) return false;
  for (const key in o) if (key !== "direction" && key !== "gap" && key !== "padding") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check36(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_content = o.content;
  if (p_content !== undefined && !(typeof p_content === 'string' && p_content.length <= 10000)) return false;
  const p_variant = o.variant;
  if (p_variant !== undefined && !((p_variant === "heading" || p_variant === "subheading" || p_variant === "body"))) return false;
  for (const key in o) if (key !== "content" && key !== "variant") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check37(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_label = o.label;
  if (p_label !== undefined && !(typeof p_label === 'string' && p_label.length <= 10000)) return false;
  const p_variant = o.variant;
  if (p_variant !== undefined && !((p_variant === "primary" || p_variant === "secondary" || p_variant === "link"))) return false;
  for (const key in o) if (key !== "label" && key !== "variant") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check38(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_label = o.label;
  if (p_label !== undefined && !(typeof p_label === 'string' && p_label.length <= 10000)) return false;
  const p_placeholder = o.placeholder;
  if (p_placeholder !== undefined && !(typeof p_placeholder === 'string' && p_placeholder.length <= 500)) return false;
  const p_variable = o.variable;
  if (p_variable !== undefined && !(typeof p_variable === 'string' && PATTERN_0.test(p_variable))) return false;
  for (const key in o) if (key !== "label" && key !== "placeholder" && key !== "variable") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check39(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_src = o.src;
  if (p_src !== undefined && !(typeof p_src === 'string' && p_src.length <= 2000)) return false;
  const p_alt = o.alt;
  if (p_alt !== undefined && !(typeof p_alt === 'string' && p_alt.length <= 10000)) return false;
  for (const key in o) if (key !== "src" && key !== "alt") return false;
  if (freeze) Object.freeze(value);
  return true;
}

function check40(value: unknown, depth: number, freeze?: boolean): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth >= MAX_DEPTH) return false;
  const o = value as Record<string, unknown>;
  const p_items = o.items;
  if (p_items !== undefined && !(typeof p_items === 'string' && PATTERN_0.test(p_items))) return false;
  for (const key in o) if (key !== "items") return false;
  if (freeze) Object.freeze(value);
  return true;
}

import { FormatRegistry } from '@sinclair/typebox';
import { isIsoDateTime } from './patterns.js';

// TypeBox refuses unknown formats. Registered by the modules that check values (a side effect, so the
// package's `sideEffects` names this file), not where schemas are declared: declaring must stay pure, so that
// a bundle using none of the schemas drops TypeBox.
if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', isIsoDateTime);

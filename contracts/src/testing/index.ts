export * from './fixtures.js';
export * from './roundTrip.js';

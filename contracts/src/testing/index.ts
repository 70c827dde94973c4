export * from './fixtures.js';
export * from './keyListings.js';
export * from './longFlow.js';
export * from './roundTrip.js';

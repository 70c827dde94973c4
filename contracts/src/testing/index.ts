export * from './fixtures.js';
export * from './keyListings.js';
export * from './roundTrip.js';

export * from './protocol.js';
export * from './network.js';
export * from './errors.js';
export * from './health.js';
export * from './roles.js';

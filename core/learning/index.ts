// Pure learning domain logic. Everything here takes data and returns data: no I/O, no
// clock, no global randomness. certificate.ts imports node:crypto — browser code should import
// the modules it needs (e.g. ./review, ./levels) directly rather than this index.
export * from './types';
export * from './time';
export * from './prng';
export * from './statements';
export * from './xapi';
export * from './dedupe';
export * from './state';
export * from './levels';
export * from './streak';
export * from './badges';
export * from './mastery';
export * from './review';
export * from './gamification';
export * from './leaderboard';
export * from './study-hours';
export * from './exam-draw';
export * from './exam-grade';
export * from './exam-policy';
export * from './certificate';
export * from './open-badge';

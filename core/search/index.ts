/**
 * Chinese full-text search. Browser-safe query side: tokenizer, router, engine.
 * The build side (Node only) lives in build-index.ts / build-segment.ts and is
 * imported directly by the site build and tools, never by the browser.
 */
export { containsAll, coverOf, normalize, phraseParts, queryParts, tokenize } from './tokenize';
export type { CoverGram } from './tokenize';
export { fnv1a, shardOf } from './router';
export { hasPhrase, planQuery } from './query-plan';
export type { QueryPlan, PlannedPart } from './query-plan';
export { SearchEngine, verify } from './engine';
export type { Fetcher, SearchPage, EngineOptions } from './engine';
export { suggestQuery } from './suggest';
export { aliasKey, matchAliasNames, matchAliases } from './aliases';
export type { AliasIndex, AliasTarget, SearchAlias } from './aliases';
export type { SearchDoc, SearchKind, SearchManifest, SearchResult, SegmentInfo, StoredDoc } from './types';

/** Chinese full-text search core: bigram tokenizer, lunr index builder, query. */
export { normalize, tokenize, tokenizeQuery } from './tokenize';
export type { ParsedQuery, QueryTerm } from './tokenize';
export { buildSearchIndex, DEFAULT_MAX_STORED_TEXT } from './build-index';
export type { BuildOptions, BuiltSearchIndex } from './build-index';
export { searchIndex, loadSearchIndex, DEFAULT_LIMIT } from './query';
export type { SearchInput } from './query';
export type { SearchDoc, SearchKind, SearchResult, SearchStore, StoredDoc } from './types';

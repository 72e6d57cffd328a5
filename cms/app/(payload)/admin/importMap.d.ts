// Types for the import map that `npm run generate:importmap` writes as plain JS.
import type { ImportMap } from 'payload';

export declare const importMap: ImportMap;

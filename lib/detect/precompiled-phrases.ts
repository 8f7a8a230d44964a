import type { Category, CompiledCategory } from './phrase-compiler';

/**
 * Categories compiled ahead of time. Empty here (unit tests compile on demand); in the extension
 * build, build/precompiled-phrases.ts replaces this module with the 'consent' category compiled,
 * since every page needs it and compiling it would cost each page several milliseconds.
 */
export const PRECOMPILED: Partial<Record<Category, CompiledCategory>> = {};

/** Internal modules the parameter test inspects (not part of the public API). */
export { PARAMETERS } from '../../lib/rules/parameters';
export { STATIC_REASONS as STATIC_REASONS_FOR_TESTS } from '../../lib/rules/reasons';

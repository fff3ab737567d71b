/** What a config file may be: small, shallow, with few aliases. */

/** The largest config accepted, in UTF-8 bytes. */
export const MAX_CONFIG_BYTES = 256 * 1024;
/** The most alias expansions accepted (YAML "billion laughs" guard). */
export const MAX_ALIAS_COUNT = 100;
/** YAML syntax errors told one by one; the rest are counted. */
export const MAX_SYNTAX_ERRORS = 50;
/** The deepest nesting of lists and mappings accepted. */
export const MAX_NESTING = 64;

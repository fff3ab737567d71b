/**
 * Where the project lives once it is public, in one place: the repository
 * github.com/alignment-check/alignment-check (the name every workflow example uses in
 * `uses: alignment-check/alignment-check@v1`), the npm package `alignment-check` (the
 * release workflow publishes it), and the URLs derived from them. Nothing here
 * resolves before the first release; every message and file that points users
 * somewhere takes its address from here.
 */
export const REPOSITORY = 'alignment-check/alignment-check';
export const REPOSITORY_URL = `https://github.com/${REPOSITORY}`;

/** The npm package that holds the CLI, and the major version the docs pin. */
export const PACKAGE_NAME = 'alignment-check';
export const MAJOR = 1;

/** How a user runs the CLI without installing it: the package pinned to its major version. */
export const NPX = `npx ${PACKAGE_NAME}@${MAJOR}`;

/** The action as workflows call it, pinned to its major tag (the release workflow moves it). */
export const ACTION_REF = `${REPOSITORY}@v${MAJOR}`;

/** The configuration reference (docs/config.md) on the default branch. */
export const CONFIG_DOCS_URL = `${REPOSITORY_URL}/blob/main/docs/config.md`;

/**
 * The JSON Schema's `$id` and address: the raw URL of `schema/alignment.schema.json` on
 * the default branch. The SchemaStore catalog entry and the modeline point at it.
 */
export const SCHEMA_URL = `https://raw.githubusercontent.com/${REPOSITORY}/main/schema/alignment.schema.json`;

/** The comment that points the YAML language server (VS Code, JetBrains, Neovim, …) at the schema. */
export const SCHEMA_MODELINE = `# yaml-language-server: $schema=${SCHEMA_URL}`;

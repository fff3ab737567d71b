// One place for the ajv / ajv-formats interop (both are CommonJS packages).
import { Ajv, type ErrorObject, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** A non-strict ajv with every ajv-formats format, plus OpenAPI's numeric formats. */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, ...options });
  addFormats(ajv);
  for (const f of ['int32', 'int64']) ajv.addFormat(f, { type: 'number', validate: (n: number) => Number.isInteger(n) });
  for (const f of ['float', 'double']) ajv.addFormat(f, { type: 'number', validate: () => true });
  // Formats GitHub uses that are not JSON Schema formats: annotations only.
  for (const f of ['binary', 'byte', 'password', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint', 'timestamp']) {
    ajv.addFormat(f, true);
  }
  return ajv;
}

/** "at /a/b: must be string" lines, capped so that one bad object does not flood a report. */
export function formatErrors(errors: readonly ErrorObject[] | null | undefined, max = 8, stripPrefix = ''): string {
  if (!errors || errors.length === 0) return 'invalid';
  const lines = errors.slice(0, max).map((e) => {
    const path = stripPrefix !== '' && e.instancePath.startsWith(stripPrefix) ? e.instancePath.slice(stripPrefix.length) : e.instancePath;
    const where = path === '' ? (stripPrefix !== '' ? 'value' : '(root)') : path;
    const extra =
      e.keyword === 'additionalProperties'
        ? ` '${String((e.params as { additionalProperty?: unknown }).additionalProperty)}'`
        : e.keyword === 'enum'
          ? ` ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`
          : '';
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
  if (errors.length > max) lines.push(`… and ${errors.length - max} more`);
  return lines.join('; ');
}

/**
 * Request validation of the /api routes: their bodies are checked by fastify against the zod
 * schemas of src/protocol (fastify-type-provider-zod), before the handler runs. A failure answers
 * 400 in the shape the clients read: `{ error: 'invalid-request', message }`, the message saying
 * what is wrong and where ("more than 5 units in one request (units)").
 */
import { hasZodFastifySchemaValidationErrors, validatorCompiler, type ZodFastifySchemaValidationError } from 'fastify-type-provider-zod';

export { validatorCompiler };
export type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The first issue of a failed validation, or undefined when the error is of another kind. */
export function firstValidationIssue(error: unknown): ZodFastifySchemaValidationError | undefined {
  return hasZodFastifySchemaValidationErrors(error) ? error.validation[0] : undefined;
}

/** "<what is wrong> (<where>)": the zod message and the issue's path as dotted keys ("units.0.text"). */
export function describeIssue(issue: Pick<ZodFastifySchemaValidationError, 'message' | 'instancePath'>): string {
  const where = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  return `${issue.message}${where ? ` (${where})` : ''}`;
}

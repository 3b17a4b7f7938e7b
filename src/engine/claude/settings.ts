/**
 * The model settings read from the environment by both the server (config.ts) and `zan doctor`:
 * which model, how much effort, and the error that names a wrong variable.
 */
import { DEFAULT_EFFORT, EFFORTS, type Effort } from './prompt';
import { errorGuard } from '../../core/errors';

/** The default model: a current Claude Sonnet id from the SDK's `Model` type (@anthropic-ai/sdk 1.14). */
export const DEFAULT_MODEL = 'claude-sonnet-5-5';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export const isConfigError = errorGuard(ConfigError);

/** ZAN_EFFORT: one of the API's effort levels; medium by default (the API's own default is high). */
export function effortOf(value: string | undefined): Effort {
  const v = value?.trim().toLowerCase();
  if (!v) return DEFAULT_EFFORT;
  if (!(EFFORTS as readonly string[]).includes(v)) throw new ConfigError('ZAN_EFFORT', `"${value}" is not an effort level; use one of ${EFFORTS.join(', ')}.`);
  return v as Effort;
}

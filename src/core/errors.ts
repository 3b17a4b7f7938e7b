/**
 * Type guards for our error classes. Code that must tell one failure from another (the CLI's exit
 * status, the pane's message, the server's error code) asks `isDocxError(e)`, never `e.name`: a
 * name is a string anyone can set, a class is checked by the compiler.
 */

type ErrorClass<T extends Error> = abstract new (...args: never[]) => T;

/** `isXError = errorGuard(XError)`: true for an XError or any subclass of it. */
export function errorGuard<T extends Error>(errorClass: ErrorClass<T>): (error: unknown) => error is T {
  return (error: unknown): error is T => error instanceof errorClass;
}

/**
 * Registered for the e2e project in jest.config.js. jest-circus takes its default timeout from
 * the global config only (a project's `testTimeout` is not read), so it is set here: a real
 * browser on a 2-core machine types for a few seconds per step, and a step that hangs fails
 * on Playwright's own 20 s limit first (see session.ts), with a better message.
 */
jest.setTimeout(120_000);

// What the global setup hands to every test file through Vitest's provide/inject.
declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the test run's PostgreSQL server (its `postgres` database). */
    postgresServerUrl: string;
  }
}

export {};

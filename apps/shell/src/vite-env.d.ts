interface ImportMetaEnv {
  /** "true" hides the demo accounts hint on the login page. */
  readonly VITE_GANTRY_HIDE_DEMO_ACCOUNTS?: string;
}

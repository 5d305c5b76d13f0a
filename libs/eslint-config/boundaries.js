// Which package may import which: the architecture's boundaries, checked by lint.
// Libraries are the platform's shared code; services and apps are areas; tools run them.

/** Every shared library (libs/*). Adding a library adds it here; adding an area edits nothing. */
export const libraries = [
  "auth",
  "calendar",
  "config",
  "database",
  "demo-data",
  "http-server",
  "logging",
  "subgraph-kit",
  "testing",
  "web-build",
  "web-kit",
];
/** Libraries a browser bundle may contain. */
export const webLibraries = ["auth", "calendar", "web-kit"];

const outsideThePackage = {
  regex: "^(\\.\\./)+(services|libs|apps|tools)/",
  message: "Reach another package by its name (@gantry/…), never by a path into its folder.",
};

function onlyGantry(allowed, who) {
  return {
    regex: `^@gantry/(?!(${allowed.join("|")})(/|$))`,
    message: `${who} may import only these Gantry packages: ${allowed.map((name) => `@gantry/${name}`).join(", ")}.`,
  };
}

const environmentOnlyThroughConfig = {
  "no-restricted-properties": [
    "error",
    {
      object: "process",
      property: "env",
      message: "Read settings through @gantry/config (readEnvironment), so a bad one stops the start with the others.",
    },
  ],
};

/** Production code only: tests and test stacks may assemble whatever they need. */
const productionFiles = ["src/**/*.{ts,tsx}"];
const testFiles = ["src/**/*.test.{ts,tsx}", "src/**/*.int.test.ts"];

function boundary(allowed, who, extraRules = {}) {
  return [
    {
      files: productionFiles,
      ignores: testFiles,
      rules: {
        "no-restricted-imports": ["error", { patterns: [onlyGantry(allowed, who), outsideThePackage] }],
        ...extraRules,
      },
    },
  ];
}

/** A subgraph or the gateway: libraries only, never another area or a tool. */
export const service = boundary(libraries, "A service", environmentOnlyThroughConfig);
/** A library: other libraries only, never a service or a tool. */
export const library = boundary(libraries, "A library", environmentOnlyThroughConfig);
/** A micro-frontend: web libraries and its own generated operations. */
export const app = boundary(webLibraries, "A web app");

// ESLint config of a shared library (libs/*).
import base from "./base.js";
import { library } from "./boundaries.js";

export default [...base, ...library];

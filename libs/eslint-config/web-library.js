// ESLint config of a React library (libs/web-kit).
import { library } from "./boundaries.js";
import react from "./react.js";

export default [...react, ...library];

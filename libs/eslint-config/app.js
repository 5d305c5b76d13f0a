// ESLint config of a micro-frontend (apps/*).
import { app } from "./boundaries.js";
import react from "./react.js";

export default [...react, ...app];

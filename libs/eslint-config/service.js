// ESLint config of a subgraph or the gateway.
import base from "./base.js";
import { service } from "./boundaries.js";

export default [...base, ...service];

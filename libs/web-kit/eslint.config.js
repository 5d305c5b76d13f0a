export { default } from "@gantry/eslint-config/web-library";

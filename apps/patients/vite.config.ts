import { remoteViteConfig } from "@gantry/web-build/remote-vite-config";

export default remoteViteConfig({ name: "patients", standaloneDevPort: 5174 });

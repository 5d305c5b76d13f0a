import { remoteViteConfig } from "@gantry/web-build/remote-vite-config";

export default remoteViteConfig({ name: "quality" });

import { Badge, createTheme } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  defaultRadius: "md",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  components: {
    // A badge names a state in a word or two: in a narrow table column it widens the column
    // rather than clipping to "ACTI…", which nobody can read.
    Badge: Badge.extend({ styles: { root: { overflow: "visible", minWidth: "max-content" }, label: { overflow: "visible" } } }),
  },
});

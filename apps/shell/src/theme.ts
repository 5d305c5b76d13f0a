import { Badge, createTheme, InputWrapper, Modal } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  defaultRadius: "md",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  components: {
    // A badge names a state in a word or two: in a narrow table column it widens the column
    // rather than clipping to "ACTI…", which nobody can read.
    Badge: Badge.extend({ styles: { root: { overflow: "visible", minWidth: "max-content" }, label: { overflow: "visible" } } }),
    // A field's help text is read before it is filled: Mantine's default grey is below WCAG AA contrast.
    InputWrapper: InputWrapper.extend({ styles: { description: { color: "var(--mantine-color-gray-7)" } } }),
    // The dialog's close button is an icon: screen readers need its name.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { "aria-label": "Close" } } }),
  },
});

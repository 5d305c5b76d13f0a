import { Badge, createTheme, InputWrapper, Modal } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  // Shade 7: white on indigo 6 is 4.3:1, under WCAG AA's 4.5:1 for a button's label.
  primaryShade: 7,
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

import { Badge, createTheme, InputWrapper, Modal, type CSSVariablesResolver } from "@mantine/core";

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

/**
 * Mantine's default shades put dimmed text, links, light-variant and outline text and the filled
 * primary below WCAG AA contrast (4.5:1; indigo.6 on its light tint is 3.8:1, orange 2.3:1). Every
 * area, and the portals (dialogs, dropdowns) outside them, get darker text shades here.
 */
const darkerText: Record<string, string> = {
  "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
  "--mantine-color-anchor": "var(--mantine-color-indigo-9)",
  "--mantine-color-error": "var(--mantine-color-red-9)",
  "--mantine-primary-color-filled": "var(--mantine-color-indigo-9)",
  "--mantine-primary-color-filled-hover": "var(--mantine-color-indigo-8)",
  "--mantine-primary-color-light-color": "var(--mantine-color-indigo-9)",
  "--mantine-color-indigo-light-color": "var(--mantine-color-indigo-9)",
  "--mantine-color-indigo-outline": "var(--mantine-color-indigo-9)",
  "--mantine-color-indigo-filled": "var(--mantine-color-indigo-9)",
  "--mantine-color-indigo-filled-hover": "var(--mantine-color-indigo-8)",
  "--mantine-color-blue-light-color": "var(--mantine-color-blue-9)",
  "--mantine-color-violet-light-color": "var(--mantine-color-violet-9)",
  "--mantine-color-grape-light-color": "var(--mantine-color-grape-9)",
  "--mantine-color-gray-light-color": "var(--mantine-color-gray-8)",
  "--mantine-color-red-light-color": "var(--mantine-color-red-9)",
  "--mantine-color-red-outline": "var(--mantine-color-red-9)",
  "--mantine-color-red-text": "var(--mantine-color-red-9)",
  "--mantine-color-red-filled": "var(--mantine-color-red-9)",
  "--mantine-color-red-filled-hover": "var(--mantine-color-red-8)",
  "--mantine-color-orange-light-color": "#a33c06",
  "--mantine-color-orange-outline": "#a33c06",
  "--mantine-color-orange-text": "#a33c06",
  "--mantine-color-orange-filled": "#a33c06",
  "--mantine-color-orange-filled-hover": "#8a3305",
  "--mantine-color-yellow-light-color": "#7a5200",
  "--mantine-color-green-light-color": "#1f6b32",
  "--mantine-color-teal-light-color": "var(--mantine-color-teal-9)",
  "--mantine-color-cyan-light-color": "var(--mantine-color-cyan-9)",
  "--mantine-color-lime-light-color": "var(--mantine-color-lime-9)",
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({ variables: {}, light: darkerText, dark: {} });
